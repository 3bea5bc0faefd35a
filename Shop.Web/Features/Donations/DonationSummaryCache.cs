using Shop.Web.Features.Orders;

namespace Shop.Web.Features.Donations;

/// <summary>
/// The donation page's summary (what came in, from how many gifts, the latest donors) is the same
/// for everyone and is read from every paid donation: at 20,000 gifts that was most of a second of
/// CPU per page. It is kept in memory until any order changes on any instance (<see cref="OrderEvents"/>:
/// a gift paid, refunded or its message hidden), so the next page after a change reads it again.
/// </summary>
public sealed class DonationSummaryCache : IDisposable
{
    private readonly OrderEvents _events;
    private readonly Lock _gate = new();
    private DonationSummary? _summary;
    private long _changes;

    public DonationSummaryCache(OrderEvents events)
    {
        _events = events;
        _events.OrderChanged += Forget;
    }

    public async Task<DonationSummary> GetAsync(Func<Task<DonationSummary>> read)
    {
        long changesBefore;
        lock (_gate)
        {
            if (_summary is { } kept)
            {
                return kept;
            }
            changesBefore = _changes;
        }
        var summary = await read();
        lock (_gate)
        {
            // Read while an order changed, it may not show the change: used once, not kept.
            if (_changes == changesBefore)
            {
                _summary = summary;
            }
        }
        return summary;
    }

    private void Forget(string orderNumber)
    {
        lock (_gate)
        {
            _changes++;
            _summary = null;
        }
    }

    public void Dispose() => _events.OrderChanged -= Forget;
}
