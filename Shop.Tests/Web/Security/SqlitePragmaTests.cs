using System.Data.Common;
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
}
