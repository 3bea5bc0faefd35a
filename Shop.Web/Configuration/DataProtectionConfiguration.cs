using Microsoft.AspNetCore.DataProtection;
using Shop.Web.Data;

namespace Shop.Web.Configuration;

/// <summary>
/// The keys that protect sign-in, cart, anti-forgery and TempData cookies live in the shop's
/// database, under one application name, so that a restart with a fresh $HOME, a new container,
/// a copy installed in another folder or a second instance reads the same cookies
/// (README: Keys, database and backups).
/// </summary>
public static class DataProtectionConfiguration
{
    public const string ApplicationName = "Shop";

    public static IServiceCollection AddShopDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<ShopDbContext>();
        return services;
    }
}
