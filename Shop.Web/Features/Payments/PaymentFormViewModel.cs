namespace Shop.Web.Features.Payments;

/// <summary>The form that carries a buyer to the gateway: exactly the signed parameters, nothing else.</summary>
public sealed record PaymentFormViewModel(string OrderNumber, decimal Total, string Action, IReadOnlyDictionary<string, string> Fields);
