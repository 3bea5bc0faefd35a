using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Cart;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Shipping;
using Shop.Web.Data.Search;
using Shop.Web.Features.Mail;
using Shop.Web.Features.Payments;

namespace Shop.Web.Data;

/// <summary>
/// The shop's database: Identity, the shop's tables, and the Data Protection keys that protect
/// sign-in, cart, anti-forgery and TempData cookies, so that they outlive a redeploy.
/// This type is the SQLite database with its migrations in <c>Data/Migrations</c>;
/// <see cref="PostgresShopDbContext"/> is the same model on PostgreSQL, with migrations of its own.
/// </summary>
public class ShopDbContext : IdentityDbContext, IDataProtectionKeyContext
{
    public ShopDbContext(DbContextOptions<ShopDbContext> options)
        : base(options)
    {
    }

    protected ShopDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductCode> ProductCodes => Set<ProductCode>();
    public DbSet<Cart> Carts => Set<Cart>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<Refund> Refunds => Set<Refund>();
    public DbSet<PaymentNotification> PaymentNotifications => Set<PaymentNotification>();
    public DbSet<RejectedNotification> RejectedNotifications => Set<RejectedNotification>();
    public DbSet<SavedAddress> SavedAddresses => Set<SavedAddress>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ShopDbContext).Assembly, type => type != typeof(ProductSearchRowConfiguration));
    }
}
