namespace Shop.Web.Features.Orders;

/// <summary>What came of a buyer's request to cancel an order.</summary>
public enum BuyerCancellation
{
    Cancelled,

    /// <summary>The order is not (or no longer) unpaid and open.</summary>
    NotCancellable,

    /// <summary>Alipay reported the trade paid meanwhile; the payment was applied instead.</summary>
    PaidMeanwhile,

    /// <summary>Alipay could not be asked to close the trade; the order stays open.</summary>
    AlipayNotReached,
}
