namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>Why an order was not marked shipped. <see cref="ShipProblemText"/> says it in the admin's language.</summary>
public enum ShipProblem
{
    NotPhysical,
    NotPaid,
    AlreadyShipped,
    Closed,
    Refunded,

    /// <summary>Any other state an order cannot be shipped from.</summary>
    NotShippableNow,

    /// <summary>Paid into escrow, but Alipay's trade number is not known yet, so Alipay cannot be told.</summary>
    TradeNumberUnknown,

    AlipayUnreachable,
    AlipayAnswerUnreadable,

    /// <summary>Alipay answered with an error code (<see cref="ShipResult.AlipayErrorCode"/>).</summary>
    AlipayError,
}
