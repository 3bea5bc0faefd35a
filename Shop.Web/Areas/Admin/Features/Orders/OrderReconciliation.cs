using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Shop.Domain.Payments.Alipay;
using Shop.Web.Data;
using Shop.Web.Features.Payments;
using Shop.Web.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>
/// Asks Alipay how an order's trade stands (single_trade_query, by the order number) and applies
/// the answer exactly like a notification: for the notification that never came.
/// </summary>
public class OrderReconciliation(
    ShopDbContext db,
    AlipayGatewayClient gateway,
    AlipayNotificationProcessor notifications,
    IStringLocalizer<SharedResource> localizer)
{
    /// <summary>Null when there is no such order.</summary>
    public async Task<ReconcileResult?> ReconcileAsync(string orderNumber, CancellationToken cancellationToken)
    {
        if (!await db.Orders.AnyAsync(o => o.Number == orderNumber, cancellationToken))
        {
            return null;
        }

        var answer = await gateway.QueryTradeAsync(new TradeQueryRequest(null, orderNumber), cancellationToken);
        if (answer.Xml is null)
        {
            return Problem(localizer["Alipay could not be reached. Nothing was changed; please try again."]);
        }
        if (answer.Xml.Outcome == AlipayXmlOutcome.Malformed)
        {
            return Problem(localizer["Alipay's answer could not be read. Nothing was changed; please try again."]);
        }
        if (!answer.IsSuccess || answer.Xml.Trade is not { } trade)
        {
            var code = answer.Xml.ErrorCode;
            return Problem(localizer["Alipay answered {0}: {1}", code ?? "", AlipayErrorExplanations.Explain(code, CultureInfo.CurrentUICulture.Name)]);
        }

        // The processor takes the order's lock itself, as for any notification; taking it here too would wait forever.
        var result = await notifications.ApplyTradeQueryAsync(trade, cancellationToken);
        var reported = trade.TradeStatusText ?? "";
        switch (result.Outcome)
        {
            case NotificationOutcome.Applied:
                var order = await db.Orders.AsNoTracking().FirstAsync(o => o.Number == orderNumber, cancellationToken);
                return new ReconcileResult(false, localizer["Alipay reports {0}. The order is now “{1}”.",
                    reported, localizer[OrderText.Status(order.Status, order.Kind, order.PaymentState)]]);
            case NotificationOutcome.NoChange or NotificationOutcome.Duplicate:
                return new ReconcileResult(false, localizer["Alipay reports {0}. The order was already up to date.", reported]);
            case NotificationOutcome.Failed:
                return Problem(localizer["Alipay's answer could not be applied now: {0} Please try again.", result.Detail]);
            default:
                return Problem(localizer["Alipay's answer was not applied: {0}", result.Detail]);
        }
    }

    private static ReconcileResult Problem(string message) => new(true, message);
}
