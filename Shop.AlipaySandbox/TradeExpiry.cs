using Microsoft.EntityFrameworkCore;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>Closes unpaid trades past their <c>it_b_pay</c>; escrow and dual trades notify it.</summary>
public class TradeExpiry(SandboxDbContext db, NotificationQueue notifications, TimeProvider clock, ILogger<TradeExpiry> logger)
{
    public async Task CloseOverdueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.Trades
            .Where(t => t.Status == TradeStatus.WaitBuyerPay && t.ExpiresAt != null && t.ExpiresAt <= now)
            .ToListAsync(cancellationToken);

        foreach (var trade in overdue)
        {
            trade.Close(now);
            if (trade.NotifiesBeforePayment)
            {
                await notifications.AddAsync(trade, cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Sandbox trade {TradeNo} closed unpaid after it_b_pay {ItBPay}", trade.TradeNo, trade.Request.ItBPay);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Paid or closed at the same moment; that change stands.
                db.ChangeTracker.Clear();
            }
        }
    }
}
