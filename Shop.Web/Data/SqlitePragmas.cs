using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Shop.Web.Data;

/// <summary>
/// Sets SQLite's pragmas on every connection the shop opens (README: Keys, database and backups):
/// <list type="bullet">
/// <item>WAL journal: readers never wait for the writer, and a crash mid-write leaves the database whole.</item>
/// <item>synchronous FULL: every commit is on disk before it returns. NORMAL, with WAL, survives a
/// crash of the app but may lose the last commits on a power cut; the shop answers Alipay
/// <c>success</c> right after a payment's commit and Alipay never sends that notification again,
/// so a lost commit would be a paid order lost. One fsync per commit is cheap at a shop's rate.</item>
/// <item>a busy timeout: a connection waits up to 5 s for another's write instead of failing at once.</item>
/// <item>foreign keys enforced.</item>
/// </list>
/// </summary>
public class SqlitePragmas : DbConnectionInterceptor
{
    public const string Statements =
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Statements;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Statements;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
