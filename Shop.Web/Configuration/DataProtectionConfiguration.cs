using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Shop.Web.Data;

namespace Shop.Web.Configuration;

/// <summary>
/// The keys that protect sign-in, cart, anti-forgery and TempData cookies live in the shop's
/// database, under one application name, so that a restart with a fresh $HOME, a new container,
/// a copy installed in another folder or a second instance reads the same cookies
/// (README: Keys, database and backups). New keys are AES-256-GCM: a cookie is protected or read
/// on almost every request, and GCM does it in about half the CPU of the default AES-256-CBC with
/// HMACSHA256 (README: Performance); keys made before stay readable until they expire.
/// </summary>
public static class DataProtectionConfiguration
{
    public const string ApplicationName = "Shop";

    public static IServiceCollection AddShopDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<ShopDbContext>()
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration
            {
                EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM,
                ValidationAlgorithm = ValidationAlgorithm.HMACSHA256,
            });
        return services;
    }
}
