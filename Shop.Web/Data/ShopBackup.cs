using Microsoft.Data.Sqlite;

namespace Shop.Web.Data;

/// <summary>
/// A copy of everything a shop keeps: the database (orders, accounts, catalog, the Data
/// Protection keys) and the uploaded files (product pictures, downloads of virtual goods), in a
/// folder: <c>shop.db</c>, <c>images/</c>, <c>downloads/</c> (README: Keys, database and backups).
/// </summary>
public class ShopBackup(string connectionString, FileStorage storage)
{
    public const string DatabaseFile = "shop.db";

    private static readonly string[] FileFolders = ["images", "downloads"];

    /// <summary>
    /// Writes the backup into <paramref name="folder"/>, which must be new or empty. The database
    /// is copied with SQLite's online backup while the shop keeps running: one snapshot of
    /// committed transactions, never half an order. Files follow; they are never changed once
    /// written (a replaced picture gets a new name), so a copy of each is a good copy.
    /// </summary>
    public BackupResult Backup(string folder)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return BackupResult.Refused($"{folder} is not empty: back up into a new or empty folder.");
        }
        Directory.CreateDirectory(folder);

        var target = Path.Combine(folder, DatabaseFile);
        using (var source = new SqliteConnection(connectionString))
        using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
        {
            source.Open();
            copy.Open();
            source.BackupDatabase(copy);
        }

        var files = 0;
        foreach (var name in FileFolders)
        {
            files += CopyFolder(Path.Combine(storage.Root, name), Path.Combine(folder, name));
        }
        return BackupResult.Done($"Backed up the database and {files} files to {folder}.");
    }

    /// <summary>
    /// Puts a backup back into this shop, which should be stopped. Refuses to overwrite a database
    /// that holds anything unless <paramref name="force"/>; the uploaded files are then replaced by
    /// the backup's.
    /// </summary>
    public BackupResult Restore(string folder, bool force)
    {
        var backup = Path.Combine(folder, DatabaseFile);
        if (!File.Exists(backup))
        {
            return BackupResult.Refused($"{backup} does not exist: give the folder a backup was written to.");
        }
        if (!force && HoldsTables())
        {
            return BackupResult.Refused(
                "The shop's database is not empty. Restore into a new database, or add --force to replace everything in it with the backup.");
        }

        using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backup, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        using (var target = new SqliteConnection(connectionString))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }
        SqliteConnection.ClearAllPools();

        var files = 0;
        foreach (var name in FileFolders)
        {
            var destination = Path.Combine(storage.Root, name);
            if (Directory.Exists(destination))
            {
                Directory.Delete(destination, recursive: true);
            }
            files += CopyFolder(Path.Combine(folder, name), destination);
        }
        return BackupResult.Done($"Restored the database and {files} files from {folder}.");
    }

    private bool HoldsTables()
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static int CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return 0;
        }
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
            count++;
        }
        return count;
    }
}

/// <summary>What a backup or restore did, or why it did nothing.</summary>
public sealed record BackupResult(bool Succeeded, string Message)
{
    public static BackupResult Done(string message) => new(true, message);

    public static BackupResult Refused(string message) => new(false, message);
}
