using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;
using Shop.Web.Data.Search;
using Shop.Web.Data.Seed;

namespace Shop.Web.Configuration;

/// <summary>
/// Commands an operator runs instead of the web server:
/// <c>dotnet run --project Shop.Web -- create-admin EMAIL</c> (password from SHOP_ADMIN_PASSWORD or stdin),
/// <c>dotnet run --project Shop.Web -- rebuild-search-index</c>.
/// </summary>
public static class CommandLine
{
    public static async Task<bool> RunCommandLineAsync(this WebApplication app, string[] args)
    {
        if (args.Length > 0 && args[0] == "rebuild-search-index")
        {
            await RebuildSearchIndexAsync(app);
            return true;
        }
        if (args.Length == 0 || args[0] != "create-admin")
        {
            return false;
        }
        if (args.Length < 2 || !args[1].Contains('@'))
        {
            Console.Error.WriteLine("usage: create-admin EMAIL   (password from SHOP_ADMIN_PASSWORD or standard input)");
            Environment.ExitCode = 2;
            return true;
        }

        var password = Environment.GetEnvironmentVariable("SHOP_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.Write("Password: ");
            password = Console.ReadLine()?.Trim();
        }
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("No password given.");
            Environment.ExitCode = 2;
            return true;
        }

        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ShopDbContext>().Database.MigrateAsync();
        await AdminAccounts.EnsureRoleAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var result = await AdminAccounts.CreateAsync(
            scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>(), args[1], password);
        if (result.Succeeded)
        {
            Console.WriteLine($"Admin {args[1]} is ready.");
        }
        else
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
            Environment.ExitCode = 1;
        }
        return true;
    }

    /// <summary>
    /// Writes the whole search index again from the catalog (migrating the database first), for a
    /// database whose index is missing or out of step: restored from a backup, changed by hand, or
    /// migrated by a tool other than the shop.
    /// </summary>
    private static async Task RebuildSearchIndexAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        await db.Database.MigrateAsync();
        var count = await scope.ServiceProvider.GetRequiredService<ProductSearchIndexer>().RebuildAsync(db);
        Console.WriteLine($"The search index holds {count} products.");
    }
}
