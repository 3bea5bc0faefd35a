using Shop.Web.Features.Payments;

namespace Shop.Web.Areas.Admin.Features.RejectedNotifications;

/// <summary>One page of rejected requests, newest first, for one claimed order number or all.</summary>
public sealed record RejectedNotificationListPage(
    IReadOnlyList<RejectedNotification> Requests,
    string? OrderNumber,
    int TotalCount,
    int Page,
    int TotalPages,
    int RetentionDays);
