using System.Collections.Concurrent;

namespace Shop.Web.Features.Instances;

/// <summary><see cref="ShopLocks"/> of this process: enough where one process owns the database (SQLite).</summary>
public sealed class InProcessShopLocks : ShopLocks
{
    // A fixed set of gates shared by hash: bounded memory, and collisions only cost a short wait.
    private readonly SemaphoreSlim[] _orderGates = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    // Jobs have gates of their own: a job round works on orders, and must never wait on itself.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _jobGates = new(StringComparer.Ordinal);

    public override async Task<IAsyncDisposable> AcquireOrderAsync(string orderNumber, CancellationToken cancellationToken)
    {
        var gate = _orderGates[(int)((uint)StringComparer.Ordinal.GetHashCode(orderNumber) % _orderGates.Length)];
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    public override async Task<IAsyncDisposable> AcquireMigrationsAsync(CancellationToken cancellationToken)
    {
        // Kept with the jobs' gates, under a name no job has.
        var gate = _jobGates.GetOrAdd("(migrations)", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    public override async Task<IAsyncDisposable?> TryAcquireJobAsync(string jobName, CancellationToken cancellationToken)
    {
        var gate = _jobGates.GetOrAdd(jobName, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(TimeSpan.Zero, cancellationToken) ? new Release(gate) : null;
    }

    private sealed class Release(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
            return ValueTask.CompletedTask;
        }
    }
}
