namespace Shop.Web.Areas.Admin.Features.Orders;

public enum ShipOutcome
{
    Shipped,
    NotFound,

    /// <summary>A field of the form is missing or wrong.</summary>
    Invalid,

    /// <summary>The order cannot be shipped: not paid, already shipped, closed, refunded, not physical.</summary>
    Refused,

    /// <summary>Alipay answered send_goods_confirm_by_platform with an error: the order stays as it was.</summary>
    AlipayRefused,

    /// <summary>Alipay gave no usable answer: the order stays as it was.</summary>
    AlipayUnreachable,
}
