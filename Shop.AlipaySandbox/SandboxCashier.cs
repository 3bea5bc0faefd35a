using Microsoft.EntityFrameworkCore;

namespace Shop.AlipaySandbox;

/// <summary>
/// The buyer's side of a payment service: the first request for an out_trade_no creates the
/// trade (so the seller can change its price before payment), a repeat shows it again if
/// nothing changed, and paying moves it on, queues the notification and hands back the return.
/// </summary>
public class SandboxCashier(
    SandboxDbContext db,
    SandboxMerchants merchants,
    NotificationQueue notifications,
    ReturnRedirect returns,
    TimeProvider clock)
{
    /// <summary>For a request that passed <see cref="GatewayRequestCheck"/>.</summary>
    public async Task<CashierOutcome> OpenAsync(SandboxMerchant merchant, GatewayRequest request, CancellationToken cancellationToken)
    {
        var wanted = TradeRequest.Read(request.Parameters);
        var now = clock.GetUtcNow().UtcDateTime;
        var trade = await db.Trades.SingleOrDefaultAsync(
            t => t.Request.Partner == merchant.Partner && t.Request.OutTradeNo == wanted.OutTradeNo, cancellationToken);

        if (trade is not null)
        {
            return trade.RefusalOfRepeat(wanted, now) is { } refusal ? CashierOutcome.Refused(refusal) : CashierOutcome.Shown(trade);
        }

        trade = SandboxTrade.Open(wanted, request.Charset, TradeNumber.New(now), now);
        db.Trades.Add(trade);
        if (trade.NotifiesBeforePayment)
        {
            await notifications.AddAsync(trade, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CashierOutcome.Shown(trade);
    }

    public async Task<CashierOutcome> PayAsync(string tradeNo, PaymentChoice choice, CancellationToken cancellationToken)
    {
        var trade = await db.Trades.SingleOrDefaultAsync(t => t.TradeNo == tradeNo, cancellationToken);
        var merchant = merchants.Find(trade?.Partner);
        if (trade is null || merchant is null || !trade.PaymentChoices.Contains(choice))
        {
            return CashierOutcome.NoSuchTrade;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (trade.RefusalOfPayment(now) is { } refusal)
        {
            return CashierOutcome.Refused(refusal);
        }

        trade.Pay(choice, merchant.DirectPayTradeStatus, now);
        await notifications.AddAsync(trade, cancellationToken);
        var returnUrl = returns.Issue(trade, merchant, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Closed meanwhile, by the seller or because it timed out: the trade as it now is decides.
            await db.Entry(trade).ReloadAsync(cancellationToken);
            return CashierOutcome.Refused(trade.RefusalOfPayment(now) ?? throw new InvalidOperationException($"Trade {tradeNo} changed while it was paid."));
        }

        return CashierOutcome.Paid(trade, returnUrl);
    }

    public Task<SandboxTrade?> FindAsync(string tradeNo, CancellationToken cancellationToken) =>
        db.Trades.AsNoTracking().SingleOrDefaultAsync(t => t.TradeNo == tradeNo, cancellationToken);
}
