using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Web.Data;

namespace Shop.Tests.Web.Security;

/// <summary>Every connection the shop opens to its database runs with the pragmas it chose (README: Keys, database and backups).</summary>
[Trait("Database", "SqliteOnly")]
public class SqlitePragmaTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private static async Task<string> PragmaAsync(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    [Fact]
    public async Task The_shops_connections_use_WAL_synchronous_FULL_a_busy_timeout_and_foreign_keys()
    {
        for (var i = 0; i < 2; i++) // a second connection from the pool, not only the first one opened
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();

            Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
            Assert.Equal("2", await PragmaAsync(connection, "synchronous")); // FULL
            Assert.Equal("5000", await PragmaAsync(connection, "busy_timeout"));
            Assert.Equal("1", await PragmaAsync(connection, "foreign_keys"));
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task An_arrival_is_written_without_a_flush_of_its_own_and_its_connection_goes_back_to_FULL()
    {
        await using var db = PrivateDatabase(out var file);
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE Arrivals (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL)");
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        nint? handleWhileWriting = null;

        var synchronousWhileWriting = await SqlitePragmas.WithoutFlushAsync(db, async () =>
        {
            handleWhileWriting = connection.Handle!.DangerousGetHandle();
            await db.Database.ExecuteSqlRawAsync("INSERT INTO Arrivals (Text) VALUES ('a notification')");
            return await PragmaAsync(connection, "synchronous");
        });

        Assert.Equal("1", synchronousWhileWriting); // NORMAL
        await db.Database.OpenConnectionAsync();
        Assert.Equal(handleWhileWriting, connection.Handle!.DangerousGetHandle()); // the same SQLite connection, back from the pool
        Assert.Equal("2", await PragmaAsync(connection, "synchronous")); // FULL again
        await db.Database.CloseConnectionAsync();

        // Committed and seen at once by another connection, as any commit.
        await using var reader = new SqliteConnection($"Data Source={file}");
        await reader.OpenAsync();
        await using var count = reader.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Arrivals";
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_write_that_fails_without_a_flush_leaves_its_connection_at_FULL()
    {
        await using var db = PrivateDatabase(out _);
        var connection = (SqliteConnection)db.Database.GetDbConnection();

        var failure = await Assert.ThrowsAsync<SqliteException>(() => SqlitePragmas.WithoutFlushAsync(db,
            () => db.Database.ExecuteSqlRawAsync("INSERT INTO NoSuchTable VALUES (1)")));

        Assert.Contains("no such table", failure.Message, StringComparison.Ordinal);
        await db.Database.OpenConnectionAsync();
        Assert.Equal("2", await PragmaAsync(connection, "synchronous"));
        await db.Database.CloseConnectionAsync();
    }

    /// <summary>A database file of its own, so that its pool hands back the connection the test used, with the shop's pragmas.</summary>
    private static ShopDbContext PrivateDatabase(out string file)
    {
        var folder = Directory.CreateTempSubdirectory("shop-pragmas-");
        file = Path.Combine(folder.FullName, "arrivals.db");
        return new ShopDbContext(new DbContextOptionsBuilder<ShopDbContext>()
            .UseSqlite($"Data Source={file}")
            .AddInterceptors(new SqlitePragmas())
            .Options);
    }
}
