using Shop.Domain.Ordering;
using Shop.Domain.Shipping;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>The "mark shipped" form as posted: <c>carrier</c>, <c>trackingNumber</c>, <c>transportType</c> (EXPRESS, POST, EMS).</summary>
public class ShipmentForm
{
    public string? Carrier { get; set; }
    public string? TrackingNumber { get; set; }
    public string? TransportType { get; set; }

    /// <summary>An empty form, the transport preset to what the buyer chose at checkout.</summary>
    public static ShipmentForm For(Order order) => new()
    {
        TransportType = (order.Logistics?.Type ?? LogisticsType.Express).ToString(),
    };
}
