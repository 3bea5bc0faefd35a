using Shop.Web.Features.Instances;

namespace Shop.Web.Features.Orders;

/// <summary>
/// Tells open order pages that an order changed, so they update within a second, whichever
/// instance changed it: the "order" channel of <see cref="ShopSignals"/>. Pages also re-read the
/// database every few seconds, in case a signal was lost.
/// </summary>
public sealed class OrderEvents : IDisposable
{
    public const string Channel = "order";

    private readonly ShopSignals _signals;
    private readonly IDisposable _subscription;

    public OrderEvents(ShopSignals signals)
    {
        _signals = signals;
        _subscription = signals.Subscribe(Channel, number => OrderChanged?.Invoke(number));
    }

    public event Action<string>? OrderChanged;

    /// <summary>Call after the order's change is saved.</summary>
    public void Publish(string orderNumber) => _signals.Publish(Channel, orderNumber);

    public void Dispose() => _subscription.Dispose();
}
