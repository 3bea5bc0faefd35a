using Microsoft.EntityFrameworkCore;
using Shop.Domain.Payments.Alipay;
using Shop.Web.Data;
using Shop.Web.Features.Payments;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>
/// Asks Alipay how an order's trade stands (single_trade_query, by the order number) and applies
/// the answer exactly like a notification: for the notification that never came.
/// </summary>
public class OrderReconciliation(
    ShopDbContext db,
    AlipayGatewayClient gateway,
    AlipayNotificationProcessor notifications)
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
            return new ReconcileResult(ReconcileOutcome.AlipayUnreachable);
        }
        if (answer.Xml.Outcome == AlipayXmlOutcome.Malformed)
        {
            return new ReconcileResult(ReconcileOutcome.AlipayAnswerUnreadable);
        }
        if (!answer.IsSuccess || answer.Xml.Trade is not { } trade)
        {
            return new ReconcileResult(ReconcileOutcome.AlipayError, AlipayErrorCode: answer.Xml.ErrorCode);
        }

        // The processor takes the order's lock itself, as for any notification; taking it here too would wait forever.
        var result = await notifications.ApplyTradeQueryAsync(trade, cancellationToken);
        var reported = trade.TradeStatusText ?? "";
        switch (result.Outcome)
        {
            case NotificationOutcome.Applied:
                var order = await db.Orders.AsNoTracking().FirstAsync(o => o.Number == orderNumber, cancellationToken);
                return new ReconcileResult(ReconcileOutcome.Applied, reported, order);
            case NotificationOutcome.NoChange or NotificationOutcome.Duplicate:
                return new ReconcileResult(ReconcileOutcome.AlreadyUpToDate, reported);
            case NotificationOutcome.Failed:
                return new ReconcileResult(ReconcileOutcome.NotAppliedNow, reported, Detail: result.Detail);
            default:
                return new ReconcileResult(ReconcileOutcome.NotApplied, reported, Detail: result.Detail);
        }
    }
}
