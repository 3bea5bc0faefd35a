using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Cart;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Shipping;
using Shop.Web.Features.Payments;

namespace Shop.Web.Data;

public class ShopDbContext(DbContextOptions<ShopDbContext> options) : IdentityDbContext(options)
{
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductCode> ProductCodes => Set<ProductCode>();
    public DbSet<Cart> Carts => Set<Cart>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<PaymentNotification> PaymentNotifications => Set<PaymentNotification>();
    public DbSet<RejectedNotification> RejectedNotifications => Set<RejectedNotification>();
    public DbSet<SavedAddress> SavedAddresses => Set<SavedAddress>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ShopDbContext).Assembly);
    }
}
