using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Shop.Web.Areas.Admin.Features.ProductImport;
using Shop.Web.Data;
using Shop.Web.Data.Search;
using Shop.Web.Data.Seed;
using Shop.Web.Features.Catalog;
using Shop.Web.Features.Instances;

namespace Shop.Web.Configuration;

/// <summary>
/// Commands an operator runs instead of the web server (README: Running against the real Alipay;
/// README: Importing products; README: Keys, database and backups):
/// <c>dotnet run --project Shop.Web -- create-admin EMAIL</c> (password from SHOP_ADMIN_PASSWORD or stdin),
/// <c>-- import-products FILE.csv</c> (<see cref="ProductImportCommand"/>),
/// <c>-- backup FOLDER</c> (while the shop runs), <c>-- restore FOLDER [--force]</c> (into a stopped shop),
/// <c>-- rebuild-search-index</c> (README: Search).
/// </summary>
public static class CommandLine
{
    public static async Task<bool> RunCommandLineAsync(this WebApplication app, string[] args)
    {
        var catalog = app.Services.GetRequiredService<CatalogCache>();
        var changes = catalog.Generation;
        try
        {
            return await RunAsync(app, args);
        }
        finally
        {
            if (catalog.Generation != changes)
            {
                await TellRunningShopsAsync(app);
            }
        }
    }

    private static async Task<bool> RunAsync(WebApplication app, string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "create-admin":
                await CreateAdminAsync(app, args);
                return true;
            case ProductImportCommand.Name:
                Environment.ExitCode = await ProductImportCommand.RunAsync(app.Services, args);
                return true;
            case "rebuild-search-index":
                await RebuildSearchIndexAsync(app);
                return true;
            case "backup":
            case "restore":
                RunBackupCommand(app, args);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A command is a process of its own: its catalog cache heard of the catalog changes it made, the
    /// running shop's did not. On PostgreSQL the signals it published are sent now (a command runs no
    /// relay); on SQLite the file the running shop watches is touched (docs/architecture.md: Catalog cache).
    /// Both happen after the command's last commit.
    /// </summary>
    private static async Task TellRunningShopsAsync(WebApplication app)
    {
        try
        {
            if (app.Services.GetService<PostgresShopSignals>() is { } signals)
            {
                await using var connection = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
                await signals.SendWaitingAsync(connection, CancellationToken.None);
            }
            app.Services.GetService<CatalogChangeFile>()?.Touch();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NpgsqlException)
        {
            Console.Error.WriteLine($"A running shop could not be told that the catalog changed ({e.Message}); it shows the change within {CatalogCache.Lifetime.TotalMinutes:0} minutes.");
        }
    }

    private static void RunBackupCommand(WebApplication app, string[] args)
    {
        var force = args.Contains("--force");
        var folder = args.Skip(1).FirstOrDefault(a => a != "--force");
        if (folder is null || (args[0] == "backup" && force))
        {
            Console.Error.WriteLine("usage: backup FOLDER   |   restore FOLDER [--force]");
            Environment.ExitCode = 2;
            return;
        }

        if (DataConfiguration.ProviderOf(app.Configuration) != DatabaseProvider.Sqlite)
        {
            Console.Error.WriteLine("backup and restore copy a SQLite database; back up PostgreSQL with pg_dump (README: Running on PostgreSQL).");
            Environment.ExitCode = 2;
            return;
        }

        using var scope = app.Services.CreateScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<ShopDbContext>().Database.GetConnectionString()!;
        var backup = new ShopBackup(connectionString, scope.ServiceProvider.GetRequiredService<FileStorage>());
        var result = args[0] == "backup" ? backup.Backup(Path.GetFullPath(folder)) : backup.Restore(Path.GetFullPath(folder), force);
        if (result.Succeeded)
        {
            Console.WriteLine(result.Message);
        }
        else
        {
            Console.Error.WriteLine(result.Message);
            Environment.ExitCode = 1;
        }
    }

    private static async Task CreateAdminAsync(WebApplication app, string[] args)
    {
        if (args.Length < 2 || !args[1].Contains('@'))
        {
            Console.Error.WriteLine("usage: create-admin EMAIL   (password from SHOP_ADMIN_PASSWORD or standard input)");
            Environment.ExitCode = 2;
            return;
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
            return;
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
        // Search pages kept by the catalog cache were answered from the old index.
        await scope.ServiceProvider.GetRequiredService<CatalogCache>().InvalidateAsync();
        Console.WriteLine($"The search index holds {count} products.");
    }
}
