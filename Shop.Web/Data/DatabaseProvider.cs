namespace Shop.Web.Data;

/// <summary>The database the shop runs on, from <c>Database:Provider</c> (README: Running on PostgreSQL).</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, no server (<see cref="ShopDbContext"/>).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, which several instances can share (<see cref="PostgresShopDbContext"/>).</summary>
    Postgres,
}
