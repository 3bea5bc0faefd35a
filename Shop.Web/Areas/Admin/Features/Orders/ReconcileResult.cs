namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>What asking Alipay about an order came to, in the admin's language.</summary>
/// <param name="IsProblem">Alipay could not be asked, or its answer was not applied.</param>
public sealed record ReconcileResult(bool IsProblem, string Message);
