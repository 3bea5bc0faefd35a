namespace Shop.Web.Features.Instances;

/// <summary>
/// Who may work on an order, or run a background job, right now
/// (docs/architecture.md: Several instances). Order work (a notification, a shipment, a cancel, a release, a note) waits its turn,
/// so copies arriving together queue up instead of racing: the first applies, the others find it
/// applied. A job round runs only where its lock is free, so one instance runs it at a time.
/// On SQLite the locks are this process's (one process per SQLite file is the supported SQLite
/// deployment); on PostgreSQL they are the database's advisory locks, good across instances.
/// </summary>
public abstract class ShopLocks
{
    /// <summary>Waits until no one else works on the order; disposing lets the next one in.</summary>
    public abstract Task<IAsyncDisposable> AcquireOrderAsync(string orderNumber, CancellationToken cancellationToken);

    /// <summary>
    /// Waits until no other instance is migrating the database. EF Core's own migration lock on
    /// PostgreSQL is taken per migration, so two instances starting at once could both apply the
    /// second of two pending migrations; held around the whole of Migrate, the loser finds them applied.
    /// </summary>
    public abstract Task<IAsyncDisposable> AcquireMigrationsAsync(CancellationToken cancellationToken);

    /// <summary>The job's lock if no one holds it, else null: the caller skips this round.</summary>
    public abstract Task<IAsyncDisposable?> TryAcquireJobAsync(string jobName, CancellationToken cancellationToken);
}
