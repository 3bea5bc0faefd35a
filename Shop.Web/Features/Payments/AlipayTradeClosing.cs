using Shop.Domain.Payments.Alipay;

namespace Shop.Web.Features.Payments;

/// <summary>
/// Closes Alipay's trade of an unpaid order before the shop closes the order, so that a buyer
/// can never pay an order the shop has closed (docs/alipay-protocol.md §6). When Alipay refuses
/// because the trade moved on (paid meanwhile), the trade is queried and applied like any
/// notification, so the payment is never thrown away.
/// </summary>
public class AlipayTradeClosing(
    AlipayGatewayClient gateway, AlipayNotificationProcessor notifications, ILogger<AlipayTradeClosing> logger)
{
    public async Task<TradeClosingResult> CloseAsync(string orderNumber, CancellationToken cancellationToken)
    {
        var answer = await gateway.CloseTradeAsync(new CloseTradeRequest(null, orderNumber), cancellationToken);
        // A trade Alipay does not know was never opened: the buyer never reached the cashier.
        if (answer.IsSuccess || answer.Xml?.ErrorCode == AlipayErrorCodes.TradeNotExist)
        {
            return TradeClosingResult.Closed;
        }
        if (answer.Xml?.ErrorCode != AlipayErrorCodes.TradeStatusNotAvailable)
        {
            logger.LogWarning("The trade of order {Number} could not be closed: {Reason}",
                orderNumber, answer.Unreachable ?? answer.Xml?.ErrorCode ?? answer.Xml?.MalformedReason);
            return TradeClosingResult.NotReached;
        }

        // Not closable: paid meanwhile, or already closed by Alipay itself. What the trade is now decides.
        var query = await gateway.QueryTradeAsync(new TradeQueryRequest(null, orderNumber), cancellationToken);
        if (!query.IsSuccess || query.Xml?.Trade is not { } trade)
        {
            logger.LogWarning("Order {Number}: Alipay refused to close its trade, and the trade could not be queried: {Reason}",
                orderNumber, query.Unreachable ?? query.Xml?.ErrorCode ?? query.Xml?.MalformedReason);
            return TradeClosingResult.NotReached;
        }
        await notifications.ApplyTradeQueryAsync(trade, cancellationToken);
        return trade.TradeStatus == TradeStatus.TradeClosed && trade.GmtPayment is null
            ? TradeClosingResult.Closed
            : TradeClosingResult.Moved;
    }
}
