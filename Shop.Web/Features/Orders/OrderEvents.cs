namespace Shop.Web.Features.Orders;

/// <summary>
/// Tells open order pages in this process that an order changed, so they update within a second.
/// Pages of other app instances catch up by re-reading the database every few seconds.
/// </summary>
public class OrderEvents
{
    public event Action<string>? OrderChanged;

    public void Publish(string orderNumber) => OrderChanged?.Invoke(orderNumber);
}
