using System.Globalization;
using Microsoft.Extensions.Localization;
using Shop.Domain.Payments.Alipay;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>What the order page says when an order was not marked shipped; for an Alipay error, what its code means.</summary>
public static class ShipProblemText
{
    public static string Describe(ShipResult result, IStringLocalizer localizer) => result.Problem switch
    {
        ShipProblem.NotPhysical => localizer["Only physical goods are shipped; this order has none."],
        ShipProblem.NotPaid => localizer["This order is not paid yet, so it cannot be shipped."],
        ShipProblem.AlreadyShipped => localizer["This order has already been shipped."],
        ShipProblem.Closed => localizer["This order is closed, so it cannot be shipped."],
        ShipProblem.Refunded => localizer["This order was refunded, so it cannot be shipped."],
        ShipProblem.TradeNumberUnknown => localizer["Alipay's trade number of this order is not known yet. Reconcile with Alipay first."],
        ShipProblem.AlipayUnreachable => localizer["Alipay could not be reached. Nothing was changed; please try again."],
        ShipProblem.AlipayAnswerUnreadable => localizer["Alipay's answer could not be read. Nothing was changed; please try again."],
        ShipProblem.AlipayError => AlipayErrorExplanations.Explain(result.AlipayErrorCode, CultureInfo.CurrentUICulture.Name),
        _ => localizer["This order cannot be shipped now."],
    };
}
