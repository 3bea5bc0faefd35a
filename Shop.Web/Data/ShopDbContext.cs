using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Shop.Web.Data;

public class ShopDbContext(DbContextOptions<ShopDbContext> options) : IdentityDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Only the shop's own configurations: the sandbox keeps its tables in its own database.
        builder.ApplyConfigurationsFromAssembly(
            typeof(ShopDbContext).Assembly,
            type => type.Namespace == typeof(ShopDbContext).Namespace + ".Configurations");
    }
}
