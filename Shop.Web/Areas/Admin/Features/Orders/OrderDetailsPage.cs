using Shop.Domain.Ordering;
using Shop.Web.Areas.Admin.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>
/// Everything the admin's order page shows, with the ship and note forms as last posted
/// (empty when the page is simply opened) and what went wrong with them.
/// </summary>
public sealed record OrderDetailsPage(
    Order Order,
    IReadOnlyList<NotificationEntry> Notifications,
    ShipmentForm ShipForm,
    ShipResult? ShipProblem = null,
    string? Note = null,
    FieldError? NoteProblem = null);
