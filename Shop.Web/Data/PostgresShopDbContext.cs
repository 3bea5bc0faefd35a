using Microsoft.EntityFrameworkCore;
using Shop.Web.Data.Search;

namespace Shop.Web.Data;

/// <summary>
/// The shop's database on PostgreSQL (<c>Database:Provider</c> = <c>Postgres</c>): the model of
/// <see cref="ShopDbContext"/>, which the whole shop asks for, with the migrations generated for
/// this provider in <c>Data/PostgresMigrations</c> (EF Core finds a context's migrations by its
/// type, so each provider has its own). docs/architecture.md: Databases.
/// </summary>
public class PostgresShopDbContext(DbContextOptions<PostgresShopDbContext> options) : ShopDbContext(options)
{
    /// <summary>The provider's options, the same at run time and for <c>dotnet ef</c>.</summary>
    public static DbContextOptionsBuilder UseProvider(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The full-text index is a table of the model here (on SQLite it is an FTS5 table outside it).
        builder.ApplyConfiguration(new ProductSearchRowConfiguration());
    }
}
