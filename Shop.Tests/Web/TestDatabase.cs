using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Shop.Web.Data;

namespace Shop.Tests.Web;

/// <summary>
/// The shop's database for one test shop, on the provider the run asks for:
/// <c>SHOP_TEST_DATABASE=Postgres</c> with <c>SHOP_TEST_POSTGRES</c> (a connection string to a
/// server where the tests may create databases, as <c>scripts/throwaway-postgres.sh</c> exports it)
/// gives each test shop a database of its own on that server, created by the shop's migrations at
/// start and dropped on dispose; otherwise it is <c>shop.db</c> in the shop's data folder.
/// </summary>
public sealed class TestDatabase
{
    private TestDatabase(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    /// <summary>The provider of this test run (README: Running the tests on PostgreSQL).</summary>
    public static DatabaseProvider RunProvider { get; } =
        string.Equals(Environment.GetEnvironmentVariable("SHOP_TEST_DATABASE"), "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The database of the test shop whose data is in <paramref name="dataFolder"/>: the same folder gives the same database.</summary>
    public static TestDatabase For(string dataFolder)
    {
        if (RunProvider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataFolder, "shop.db")}");
        }
        var server = Environment.GetEnvironmentVariable("SHOP_TEST_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            throw new InvalidOperationException("SHOP_TEST_DATABASE=Postgres needs SHOP_TEST_POSTGRES, a connection string to the test server (scripts/throwaway-postgres.sh start).");
        }
        var name = "shop_" + new string(Path.GetFileName(Path.TrimEndingDirectorySeparator(dataFolder))
            .Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray());
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString);
    }

    /// <summary>A context of the shop's type for this database, outside the shop's services, with these interceptors.</summary>
    public ShopDbContext NewContext(params IInterceptor[] interceptors) =>
        Provider == DatabaseProvider.Postgres
            ? new PostgresShopDbContext(new DbContextOptionsBuilder<PostgresShopDbContext>().UseNpgsql(ConnectionString).AddInterceptors(interceptors).Options)
            : new ShopDbContext(new DbContextOptionsBuilder<ShopDbContext>().UseSqlite(ConnectionString).AddInterceptors(interceptors).Options);

    /// <summary>Closes the pooled connections, and drops a PostgreSQL database (the folder, with shop.db, is deleted by the shop).</summary>
    public void Drop()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            using var connection = new SqliteConnection(ConnectionString);
            SqliteConnection.ClearPool(connection);
            return;
        }
        var database = new NpgsqlConnectionStringBuilder(ConnectionString);
        using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }
        using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("SHOP_TEST_POSTGRES")) { Pooling = false }.ConnectionString);
        server.Open();
        using var command = server.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database.Database}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
