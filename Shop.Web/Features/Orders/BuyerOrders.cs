using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Features.Instances;
using Shop.Web.Features.Mail;
using Shop.Web.Features.Payments;

namespace Shop.Web.Features.Orders;

/// <summary>A buyer's own orders, and what a buyer may do with them.</summary>
public class BuyerOrders(
    ShopDbContext db,
    StockReservation stock,
    OrderEvents events,
    OrderMail mail,
    AlipayTradeClosing tradeClosing,
    ShopLocks locks,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<List<Order>> ListAsync(string userId) =>
        db.Orders.AsNoTracking()
            .Include(o => o.Lines)
            .Where(o => o.UserId == userId)
            .OrderByDescending(o => o.CreatedAt)
            .ToListAsync();

    /// <summary>The order, only if it is this buyer's: another buyer's order does not exist for them.</summary>
    public Task<Order?> FindAsync(string orderNumber, string userId) =>
        db.Orders
            .Include(o => o.Lines)
            .Include(o => o.History)
            .Include(o => o.Shipments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Number == orderNumber && o.UserId == userId);

    /// <summary>
    /// Closes Alipay's trade first, so the buyer cannot pay an order once it is cancelled; a trade
    /// paid meanwhile is applied instead, and an unreachable Alipay leaves the order open.
    /// </summary>
    public async Task<BuyerCancellation> CancelAsync(string orderNumber, string userId)
    {
        var order = await FindAsync(orderNumber, userId);
        if (order is null || !order.CanCancel)
        {
            return BuyerCancellation.NotCancellable;
        }
        switch (await tradeClosing.CloseAsync(order.Number, CancellationToken.None))
        {
            case TradeClosingResult.NotReached:
                return BuyerCancellation.AlipayNotReached;
            case TradeClosingResult.Moved:
                events.Publish(order.Number);
                return BuyerCancellation.PaidMeanwhile;
        }

        // The same lock as notifications: Alipay's own "closed" notification waits, then finds nothing to do.
        await using (await locks.AcquireOrderAsync(order.Number, CancellationToken.None))
        {
            db.ChangeTracker.Clear();
            order = await FindAsync(orderNumber, userId);
            if (order is null || order.Status == OrderStatus.Closed)
            {
                // Closed by Alipay's answer while the trade was closed.
                return BuyerCancellation.Cancelled;
            }
            if (!order.CanCancel)
            {
                return BuyerCancellation.NotCancellable;
            }
            order.Cancel(Now, OrderChangeSource.Buyer);
            await stock.ReleaseAsync(order);
            await db.SaveChangesAsync();
        }
        events.Publish(order.Number);
        return BuyerCancellation.Cancelled;
    }

    public async Task<bool> ConfirmReceiptAsync(string orderNumber, string userId)
    {
        // The same lock as notifications: a confirmation sent twice, or sent as Alipay reports the
        // trade finished, completes the order once.
        await using (await locks.AcquireOrderAsync(orderNumber, CancellationToken.None))
        {
            var order = await FindAsync(orderNumber, userId);
            if (order is null || !order.CanConfirmReceipt)
            {
                return false;
            }
            order.ConfirmReceipt(Now);
            await mail.OrderChangedAsync(order, OrderStatus.Shipped, order.PaymentState);
            await db.SaveChangesAsync();
        }
        events.Publish(orderNumber);
        return true;
    }
}
