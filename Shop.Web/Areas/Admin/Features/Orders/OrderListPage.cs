using Shop.Domain.Ordering;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>One page of the admin order list, with the counts its quick filters show.</summary>
public sealed record OrderListPage(
    OrderFilter Filter,
    IReadOnlyList<Order> Orders,
    int TotalCount,
    int Page,
    int TotalPages,
    int WaitingForShipment,
    int NeedingAttention);
