using Shop.Domain.Ordering;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>
/// Everything the admin's order page shows (with how many rejected requests named the order,
/// kept apart from its notifications), with the ship and note forms as last posted
/// (empty when the page is simply opened) and why the order was not shipped.
/// </summary>
public sealed record OrderDetailsPage(
    Order Order,
    IReadOnlyList<NotificationEntry> Notifications,
    int RejectedRequests,
    ShipmentForm ShipForm,
    ShipResult? ShipProblem = null,
    string? Note = null)
{
    /// <summary>The refund form as last posted, or preset to what is left.</summary>
    public RefundForm RefundForm { get; init; } = RefundForm.For(Order);

    /// <summary>The messages sent (or still to send) about the order, oldest first.</summary>
    public IReadOnlyList<OrderMessageRow> Messages { get; init; } = [];
}
