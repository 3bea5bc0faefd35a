namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>
/// The form that carries the admin to Alipay to confirm a refund: exactly the signed parameters,
/// in <paramref name="Charset"/> (the form's accept-charset, the bytes that were signed).
/// </summary>
public sealed record RefundConfirmationPage(
    string OrderNumber, string BatchNo, string Action, string Charset, IReadOnlyDictionary<string, string> Fields);
