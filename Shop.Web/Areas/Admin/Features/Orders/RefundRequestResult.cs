using Shop.Web.Areas.Admin.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>What asking for a refund came to: the batch to confirm on Alipay, or why none was made.</summary>
public sealed record RefundRequestResult(RefundRequestOutcome Outcome, string? BatchNo = null, IReadOnlyList<FieldError>? Errors = null)
{
    public IReadOnlyList<FieldError> FieldErrors => Errors ?? [];
}
