using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Areas.Admin.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>The "refund" form as posted: <c>amount</c> (yuan, as the shop reads any price) and <c>reason</c>.</summary>
public class RefundForm
{
    public string? Amount { get; set; }
    public string? Reason { get; set; }

    /// <summary>The form preset to refund everything that is left.</summary>
    public static RefundForm For(Order order) => new() { Amount = order.CanRefund ? Yuan.Plain(order.RefundableAmount) : null };

    /// <summary>The problems of the fields for an order with <paramref name="refundable"/> left; none when it can be asked for.</summary>
    public IReadOnlyList<FieldError> Check(decimal refundable, out decimal amount, out string reason)
    {
        var errors = new List<FieldError>();
        if (Price.TryParse(Amount, out amount) != PriceProblem.None)
        {
            errors.Add(new FieldError("amount", FormProblem.RefundAmountInvalid));
        }
        else if (amount > refundable)
        {
            errors.Add(new FieldError("amount", FormProblem.RefundAmountTooHigh, Yuan.Format(refundable)));
        }
        reason = Reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            errors.Add(new FieldError("reason", FormProblem.RefundReasonMissing));
        }
        else if (reason.Length > Refund.ReasonMaxLength)
        {
            errors.Add(new FieldError("reason", FormProblem.TooLong, Refund.ReasonMaxLength));
        }
        return errors;
    }
}
