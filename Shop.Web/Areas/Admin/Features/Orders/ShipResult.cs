using Shop.Web.Areas.Admin.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>
/// What marking an order shipped came to: the problems of the form's fields, or why the order was
/// not shipped (<see cref="Problem"/>, with Alipay's error code when Alipay refused).
/// </summary>
public sealed record ShipResult(
    ShipOutcome Outcome, ShipProblem? Problem = null, string? AlipayErrorCode = null, IReadOnlyList<FieldError>? Errors = null)
{
    public IReadOnlyList<FieldError> FieldErrors => Errors ?? [];
}
