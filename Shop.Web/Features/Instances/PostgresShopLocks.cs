using Npgsql;

namespace Shop.Web.Features.Instances;

/// <summary>
/// <see cref="ShopLocks"/> for several instances on one PostgreSQL database: session advisory locks
/// (<c>pg_advisory_lock(hashtextextended(key, 0))</c>) on a connection of their own. No transaction
/// stays open while the lock is held (it may span a call to Alipay), and a holder that dies loses
/// its connection and with it the lock. Order work first queues in this process, so one instance
/// holds at most one connection per order however many copies of a notification arrive.
/// </summary>
public sealed class PostgresShopLocks(NpgsqlDataSource dataSource) : ShopLocks
{
    private readonly InProcessShopLocks _local = new();

    public override async Task<IAsyncDisposable> AcquireOrderAsync(string orderNumber, CancellationToken cancellationToken)
    {
        var local = await _local.AcquireOrderAsync(orderNumber, cancellationToken);
        try
        {
            return new Held(await LockAsync("order:" + orderNumber, wait: true, cancellationToken) ?? throw new InvalidOperationException("pg_advisory_lock returned without the lock."), local);
        }
        catch
        {
            await local.DisposeAsync();
            throw;
        }
    }

    public override async Task<IAsyncDisposable> AcquireMigrationsAsync(CancellationToken cancellationToken) =>
        await LockAsync("migrations", wait: true, cancellationToken) ?? throw new InvalidOperationException("pg_advisory_lock returned without the lock.");

    public override async Task<IAsyncDisposable?> TryAcquireJobAsync(string jobName, CancellationToken cancellationToken)
    {
        var local = await _local.TryAcquireJobAsync(jobName, cancellationToken);
        if (local is null)
        {
            return null;
        }
        var held = await LockAsync("job:" + jobName, wait: false, cancellationToken);
        if (held is null)
        {
            await local.DisposeAsync();
            return null;
        }
        return new Held(held, local);
    }

    private async Task<AdvisoryLock?> LockAsync(string key, bool wait, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(
                wait ? "SELECT pg_advisory_lock(hashtextextended($1, 0))" : "SELECT pg_try_advisory_lock(hashtextextended($1, 0))",
                connection);
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            var result = await command.ExecuteScalarAsync(cancellationToken);
            if (!wait && result is false)
            {
                await connection.DisposeAsync();
                return null;
            }
            return new AdvisoryLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class AdvisoryLock(NpgsqlConnection connection, string key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended($1, 0))", connection);
                command.Parameters.Add(new NpgsqlParameter { Value = key });
                await command.ExecuteScalarAsync();
            }
            catch (NpgsqlException)
            {
                // The connection broke, and with its session went the lock: nothing is left to release.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class Held(IAsyncDisposable database, IAsyncDisposable local) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }
            try
            {
                await database.DisposeAsync();
            }
            finally
            {
                await local.DisposeAsync();
            }
        }
    }
}
