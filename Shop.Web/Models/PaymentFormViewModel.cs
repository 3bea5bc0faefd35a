namespace Shop.Web.Models;

/// <summary>The form that carries a buyer to the gateway: exactly the signed parameters, nothing else.</summary>
public sealed record PaymentFormViewModel(string OrderNumber, decimal Total, string Action, IReadOnlyDictionary<string, string> Fields);
