namespace Shop.Web.Areas.Admin.Features.Orders;

public enum RefundRequestOutcome
{
    Requested,
    NotFound,

    /// <summary>Not paid instantly, not paid, or nothing left to refund.</summary>
    NotRefundable,

    Invalid,
    ChangedMeanwhile,
}
