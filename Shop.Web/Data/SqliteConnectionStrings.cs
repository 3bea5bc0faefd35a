using Microsoft.Data.Sqlite;

namespace Shop.Web.Data;

public static class SqliteConnectionStrings
{
    /// <summary>
    /// A relative SQLite path is taken from the content root, not from whatever directory
    /// `dotnet run` was started in, so the database is always the same file; its folder is created.
    /// </summary>
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }
        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        return builder.ToString();
    }
}
