namespace Shop.Web.Features.Payments;

/// <summary>
/// Lets one notification at a time work on an order in this process, so twenty copies arriving
/// together queue up instead of racing: the first applies, the others find it applied. Across
/// app instances the order's concurrency token does the same job, more slowly.
/// </summary>
public class OrderLocks
{
    // A fixed set of locks shared by hash: bounded memory, and collisions only cost a short wait.
    private readonly SemaphoreSlim[] _locks = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> AcquireAsync(string orderNumber, CancellationToken cancellationToken)
    {
        var gate = _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(orderNumber) % _locks.Length)];
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
