using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Shop.Web.Data;

/// <summary>
/// Sets SQLite's pragmas on every connection the shop opens (README: Keys, database and backups):
/// <list type="bullet">
/// <item>WAL journal: readers never wait for the writer, and a crash mid-write leaves the database whole.</item>
/// <item>synchronous FULL: every commit is on disk before it returns. NORMAL, with WAL, survives a
/// crash of the app but may lose the last commits on a power cut; the shop answers Alipay
/// <c>success</c> right after a payment's commit and Alipay never sends that notification again,
/// so a lost commit would be a paid order lost. One fsync per commit is cheap at a shop's rate,
/// and only the row that stores a notification as it arrives is written without it (<see cref="WithoutFlushAsync"/>).</item>
/// <item>a busy timeout: a connection waits up to 5 s for another's write instead of failing at once.</item>
/// <item>foreign keys enforced.</item>
/// </list>
/// They are set once per SQLite connection: EF Core opens and closes its connection around every
/// query, and the pool hands back the same SQLite connection with its pragmas still set, so running
/// them again on each open would cost four statements per query (README: Performance).
/// </summary>
public class SqlitePragmas : DbConnectionInterceptor
{
    public const string Statements =
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

    // Keyed by the native connection the pool keeps, which lives as long as it stays open.
    private readonly ConditionalWeakTable<object, object> _prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = Statements;
        command.ExecuteNonQuery();
        Prepared(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection))
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = Statements;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Prepared(connection);
    }

    /// <summary>
    /// Runs <paramref name="write"/>, one statement that commits by itself, on <paramref name="db"/>'s
    /// connection with <c>synchronous = NORMAL</c>: its commit is written to the log and seen by every
    /// reader at once, and survives a crash of the shop, but is not flushed to disk on its own. Only for
    /// the arrival of a notification (docs/architecture.md: Money and orders):
    /// one that goes on is answered only after a later commit of its processing, made with FULL, has
    /// flushed the log (an fsync flushes the whole file, this row included); a copy of one applied
    /// changes nothing, and what it copies was flushed by its own save. A storm of notifications
    /// otherwise held SQLite's write lock through an fsync per arrival (README: Performance).
    /// Any other provider runs <paramref name="write"/> as it is.
    /// </summary>
    public static async Task<T> WithoutFlushAsync<T>(DbContext db, Func<Task<T>> write)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            return await write();
        }
        await db.Database.OpenConnectionAsync();
        try
        {
            await SetSynchronousAsync(connection, "NORMAL");
            try
            {
                return await write();
            }
            finally
            {
                await RestoreFullAsync(connection);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task RestoreFullAsync(SqliteConnection connection)
    {
        try
        {
            await SetSynchronousAsync(connection, "FULL");
        }
        catch
        {
            // Never back into the pool without flushing its commits: the pool drops it instead.
            SqliteConnection.ClearPool(connection);
            throw;
        }
    }

    private static async Task SetSynchronousAsync(SqliteConnection connection, string level)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = " + level;
        await command.ExecuteNonQueryAsync();
    }

    private bool NeedsPragmas(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !_prepared.TryGetValue(handle, out _);

    private void Prepared(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _prepared.AddOrUpdate(handle, handle);
        }
    }
}
