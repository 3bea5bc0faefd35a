using Microsoft.EntityFrameworkCore;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// The services a merchant's server calls, answered in XML (docs/alipay-protocol.md §6):
/// send_goods_confirm_by_platform, single_trade_query and close_trade. A partner only ever
/// sees its own trades; another partner's trade does not exist for it.
/// </summary>
public class PlatformServices(SandboxDbContext db, NotificationQueue notifications, TimeProvider clock)
{
    public static bool Answers(string? service) =>
        service is AlipayServices.SendGoodsConfirmByPlatform or AlipayServices.SingleTradeQuery or AlipayServices.CloseTrade;

    /// <summary>For a request that passed <see cref="GatewayRequestCheck"/>.</summary>
    public async Task<AlipayXmlAnswer> AnswerAsync(SandboxMerchant merchant, GatewayRequest request, CancellationToken cancellationToken)
    {
        var parameters = request.Parameters;
        var trade = await FindAsync(merchant.Partner, parameters, cancellationToken);
        if (trade is null)
        {
            return AlipayXmlAnswer.Failed(AlipayErrorCodes.TradeNotExist);
        }

        switch (request.Service)
        {
            case AlipayServices.SendGoodsConfirmByPlatform:
                if (!trade.CanShipGoods)
                {
                    return AlipayXmlAnswer.Failed(AlipayErrorCodes.TradeStatusNotAvailable);
                }

                trade.ShipGoods(
                    parameters["logistics_name"],
                    parameters.GetValueOrDefault("invoice_no"),
                    Text(parameters, "transport_type") ?? parameters["create_transport_type"],
                    clock.GetUtcNow().UtcDateTime);
                await notifications.AddAsync(trade, cancellationToken);
                break;
            case AlipayServices.CloseTrade:
                if (!trade.CanClose)
                {
                    return AlipayXmlAnswer.Failed(AlipayErrorCodes.TradeStatusNotAvailable);
                }

                trade.Close(clock.GetUtcNow().UtcDateTime);
                if (trade.NotifiesBeforePayment)
                {
                    await notifications.AddAsync(trade, cancellationToken);
                }

                break;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The trade changed at the same moment (paid, closed): this change no longer applies.
            return AlipayXmlAnswer.Failed(AlipayErrorCodes.TradeStatusNotAvailable);
        }

        var answered = request.Service == AlipayServices.SingleTradeQuery ? TradeParameters.ForQuery(trade) : TradeParameters.Base(trade);
        return AlipayXmlAnswer.Succeeded(Echo(parameters), answered, merchant.Key, request.Charset);
    }

    // Alipay's trade_no wins over the merchant's number (out_trade_no, or out_order_no for close_trade).
    private Task<SandboxTrade?> FindAsync(string partner, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        var trades = db.Trades.Where(t => t.Request.Partner == partner);
        if (Text(parameters, "trade_no") is { } tradeNo)
        {
            return trades.SingleOrDefaultAsync(t => t.TradeNo == tradeNo, cancellationToken);
        }

        var outTradeNo = Text(parameters, "out_trade_no") ?? Text(parameters, "out_order_no");
        return trades.SingleOrDefaultAsync(t => t.Request.OutTradeNo == outTradeNo, cancellationToken);
    }

    // The request as the gateway echoes it back: every parameter but the signature.
    private static OrderedDictionary<string, string> Echo(IReadOnlyDictionary<string, string> parameters)
    {
        var echo = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters.Where(p => p.Key is not ("sign" or "sign_type")))
        {
            echo[name] = value;
        }

        return echo;
    }

    private static string? Text(IReadOnlyDictionary<string, string> parameters, string name) =>
        parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
