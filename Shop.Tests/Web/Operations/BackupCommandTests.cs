using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Domain.Catalog;
using Shop.Tests.Web.Admin;
using Shop.Web.Data;

namespace Shop.Tests.Web.Operations;

/// <summary>
/// <c>backup FOLDER</c> copies a running shop's database and uploaded files while orders are being
/// placed; <c>restore FOLDER</c> puts them into a fresh shop, which then shows the same orders
/// and files. Both run as real processes, as an operator runs them.
/// </summary>
[Trait("Database", "SqliteOnly")]
public sealed class BackupCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("shop-backup-").FullName;

    private string BackupFolder => Path.Combine(_folder, "backup");
    private string RestoredFolder => Path.Combine(_folder, "restored");

    private static Dictionary<string, string> Environment(string dataFolder) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Shop"] = $"Data Source={Path.Combine(dataFolder, "shop.db")}",
        ["Storage__Root"] = Path.Combine(dataFolder, "files"),
    };

    private static async Task<List<string>> OrderNumbersInAsync(string databaseFile)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var integrity = connection.CreateCommand();
        integrity.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", await integrity.ExecuteScalarAsync());
        await using var numbers = connection.CreateCommand();
        numbers.CommandText = "SELECT Number FROM Orders ORDER BY Number";
        var list = new List<string>();
        await using var reader = await numbers.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            list.Add(reader.GetString(0));
        }
        return list;
    }

    [Fact]
    public async Task A_backup_taken_while_orders_are_placed_restores_into_a_fresh_shop_with_the_same_orders_and_files()
    {
        List<string> backedUp;
        byte[] picture = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4];
        Product download;
        using (var shop = new ShopWebApplicationFactory())
        {
            download = await shop.AddProductAsync(price: 9m, delivery: VirtualDelivery.File);
            var storage = shop.Services.GetRequiredService<FileStorage>();
            await File.WriteAllBytesAsync(Path.Combine(storage.Images, "backup-test.png"), picture);

            // Donors keep giving while the backup runs.
            using var stop = new CancellationTokenSource();
            var donors = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                var donor = shop.CreateBrowser();
                var placed = 0;
                while (!stop.IsCancellationRequested)
                {
                    Assert.Equal(HttpStatusCode.Redirect, (await donor.SubmitFormAsync("/donate", new() { ["amount"] = "3" })).StatusCode);
                    placed++;
                }
                return placed;
            })).ToList();
            await Sandbox.Eventually.Until(() => shop.QueryAsync(db => db.Orders.CountAsync()).ContinueWith(t => t.Result >= 5), "the first donations");

            var (exitCode, output) = await ShopProcess.RunAsync(Environment(shop.DataFolder), "backup", BackupFolder);

            var duringBackup = await shop.QueryAsync(db => db.Orders.CountAsync());
            await stop.CancelAsync();
            Assert.All(await Task.WhenAll(donors), placed => Assert.True(placed > 0));
            Assert.True(exitCode == 0, output);
            backedUp = await OrderNumbersInAsync(Path.Combine(BackupFolder, "shop.db"));
            var all = await shop.QueryAsync(db => db.Orders.Select(o => o.Number).ToListAsync());
            Assert.InRange(backedUp.Count, 5, duringBackup);
            Assert.Subset(all.ToHashSet(), backedUp.ToHashSet());
            Assert.True(all.Count > backedUp.Count, "no order was placed after the backup's snapshot, so nothing shows it was taken while the shop ran");
        }

        var (restored, restoreOutput) = await ShopProcess.RunAsync(Environment(RestoredFolder), "restore", BackupFolder);
        Assert.True(restored == 0, restoreOutput);

        using var fresh = new ShopOnFolderFactory(RestoredFolder);
        var numbers = await fresh.QueryAsync(db => db.Orders.OrderBy(o => o.Number).Select(o => o.Number).ToListAsync());
        Assert.Equal(backedUp, numbers);
        var admin = await fresh.CreateAdminBrowserAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/admin/orders/{backedUp[^1]}")).StatusCode);
        Assert.Equal(picture, await fresh.CreateClient().GetByteArrayAsync("/media/products/backup-test.png"));
        var storageOfFresh = fresh.Services.GetRequiredService<FileStorage>();
        Assert.Equal("the download of " + download.Slug, await File.ReadAllTextAsync(Path.Combine(storageOfFresh.Downloads, download.DeliveryFileName!)));
    }

    [Fact]
    public async Task Restore_refuses_to_overwrite_a_shop_that_holds_data_unless_forced_and_backup_refuses_a_folder_in_use()
    {
        using (var shop = new ShopWebApplicationFactory())
        {
            await shop.QueryAsync(db => db.Orders.CountAsync()); // started: migrated and seeded
            var (backedUp, output) = await ShopProcess.RunAsync(Environment(shop.DataFolder), "backup", BackupFolder);
            Assert.True(backedUp == 0, output);

            var (again, againOutput) = await ShopProcess.RunAsync(Environment(shop.DataFolder), "backup", BackupFolder);
            Assert.Equal(1, again);
            Assert.Contains("is not empty", againOutput);
        }

        // Another shop that already holds data: an account made by the create-admin command.
        var (created, createdOutput) = await ShopProcess.RunAsync(
            new Dictionary<string, string>(Environment(RestoredFolder)) { ["SHOP_ADMIN_PASSWORD"] = "Owner#2026pw" },
            "create-admin", "only-here@example.com");
        Assert.True(created == 0, createdOutput);

        var (refused, refusedOutput) = await ShopProcess.RunAsync(Environment(RestoredFolder), "restore", BackupFolder);
        Assert.Equal(1, refused);
        Assert.Contains("--force", refusedOutput);
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM AspNetUsers WHERE Email = 'only-here@example.com'"));

        var (forced, forcedOutput) = await ShopProcess.RunAsync(Environment(RestoredFolder), "restore", BackupFolder, "--force");
        Assert.True(forced == 0, forcedOutput);
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM AspNetUsers WHERE Email = 'only-here@example.com'"));
        Assert.True(await CountAsync("SELECT count(*) FROM Products") > 0);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(RestoredFolder, "shop.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
