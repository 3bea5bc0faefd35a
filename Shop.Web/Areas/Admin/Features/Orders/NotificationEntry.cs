using Shop.Web.Features.Payments;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>A stored notification of an order, with its raw parameters in the order they arrived.</summary>
public sealed record NotificationEntry(PaymentNotification Notification, IReadOnlyList<KeyValuePair<string, string>> Parameters);
