namespace Shop.Web.Features.Payments;

/// <summary>
/// The form that carries a buyer to the gateway: exactly the signed parameters, nothing else.
/// <paramref name="Charset"/> is the form's accept-charset: the browser must send the bytes that
/// were signed (GBK for a GBK merchant), not the page's own UTF-8, or the gateway answers ILLEGAL_SIGN.
/// </summary>
public sealed record PaymentFormViewModel(
    string OrderNumber, decimal Total, string Action, string Charset, IReadOnlyDictionary<string, string> Fields);
