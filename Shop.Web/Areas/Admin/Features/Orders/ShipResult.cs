using Shop.Web.Areas.Admin.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>
/// What marking an order shipped came to. <see cref="Message"/> says why it did not, in the
/// admin's language; for an Alipay error it is the explanation of <see cref="AlipayErrorCode"/>.
/// </summary>
public sealed record ShipResult(
    ShipOutcome Outcome, string? Message = null, string? AlipayErrorCode = null, IReadOnlyList<FieldError>? Errors = null)
{
    public IReadOnlyList<FieldError> FieldErrors => Errors ?? [];
}
