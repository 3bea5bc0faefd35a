using Microsoft.Data.Sqlite;

namespace Shop.Web.Features.Catalog;

/// <summary>
/// How a command run beside the shop on its SQLite database (<c>import-products</c>,
/// <c>rebuild-search-index</c>) tells the running shop that it changed the catalog: a small file
/// beside the database, <c>shop.db.catalog-changed</c>, holding a new random stamp after each such
/// command. The shop reads it every second (<see cref="CatalogChangeFileWatcher"/>) and forgets its
/// catalog when the stamp is not the one it saw last (docs/architecture.md: Catalog cache).
/// On PostgreSQL the command's signal goes through LISTEN/NOTIFY instead.
/// </summary>
public sealed class CatalogChangeFile(string path)
{
    public string Path { get; } = path;

    /// <summary>The file beside the database of this SQLite connection string; null for an in-memory database, which no other process can open.</summary>
    public static CatalogChangeFile? Beside(string sqliteConnectionString)
    {
        var builder = new SqliteConnectionStringBuilder(sqliteConnectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            ? null
            : new CatalogChangeFile(builder.DataSource + ".catalog-changed");
    }

    /// <summary>Writes a new stamp. Called after the change is committed: a shop that reads the new stamp reads the new catalog.</summary>
    public void Touch()
    {
        // Written aside and moved in: a reader sees the old stamp or the new one, never half of one.
        var written = $"{Path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(written, Guid.NewGuid().ToString("N"));
        File.Move(written, Path, overwrite: true);
    }

    /// <summary>The stamp now, or null when no command has changed the catalog yet.</summary>
    public string? Read()
    {
        try
        {
            return File.ReadAllText(Path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
