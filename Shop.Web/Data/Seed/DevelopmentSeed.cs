using Microsoft.AspNetCore.Identity;

namespace Shop.Web.Data.Seed;

/// <summary>Fills an empty development database: the admin account and a catalog to shop from.</summary>
public class DevelopmentSeed(
    ShopDbContext db,
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    IConfiguration configuration,
    ILogger<DevelopmentSeed> logger)
{
    public async Task RunAsync()
    {
        await AdminAccounts.EnsureRoleAsync(roles);
        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrWhiteSpace(password)
            && await users.FindByEmailAsync(email) is null)
        {
            var result = await AdminAccounts.CreateAsync(users, email, password);
            if (!result.Succeeded)
            {
                logger.LogWarning("Seeded admin {Email} not created: {Errors}", email,
                    string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }
        await db.SaveChangesAsync();
    }
}
