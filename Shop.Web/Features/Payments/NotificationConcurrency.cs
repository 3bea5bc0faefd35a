using Microsoft.Extensions.Options;

namespace Shop.Web.Features.Payments;

/// <summary>
/// Bounds how many notifications and returns are processed at once (<c>Alipay:NotificationConcurrency</c>).
/// A request that finds no slot within <c>Alipay:NotificationQueueMilliseconds</c> is answered
/// <c>fail</c> before anything is stored: Alipay sends a notification again later, so an
/// overloaded shop loses nothing, where a rate limit would have dropped real ones with the forged.
/// The number of slots is read once, at start.
/// </summary>
public sealed class NotificationConcurrency(IOptionsMonitor<AlipayOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.CurrentValue.NotificationConcurrency);

    /// <summary>A slot, to be disposed when done; null when none came free in time.</summary>
    public async Task<IDisposable?> TryEnterAsync(CancellationToken cancellationToken)
    {
        var wait = TimeSpan.FromMilliseconds(options.CurrentValue.NotificationQueueMilliseconds);
        return await _slots.WaitAsync(wait, cancellationToken) ? new Slot(_slots) : null;
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
