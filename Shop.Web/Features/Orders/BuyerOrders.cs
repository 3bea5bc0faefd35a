using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Features.Mail;

namespace Shop.Web.Features.Orders;

/// <summary>A buyer's own orders, and what a buyer may do with them.</summary>
public class BuyerOrders(ShopDbContext db, StockReservation stock, OrderEvents events, OrderMail mail, TimeProvider clock)
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

    public async Task<bool> CancelAsync(string orderNumber, string userId)
    {
        var order = await FindAsync(orderNumber, userId);
        if (order is null || !order.CanCancel)
        {
            return false;
        }
        order.Cancel(Now, OrderChangeSource.Buyer);
        await stock.ReleaseAsync(order);
        await db.SaveChangesAsync();
        events.Publish(order.Number);
        return true;
    }

    public async Task<bool> ConfirmReceiptAsync(string orderNumber, string userId)
    {
        var order = await FindAsync(orderNumber, userId);
        if (order is null || !order.CanConfirmReceipt)
        {
            return false;
        }
        order.ConfirmReceipt(Now);
        await mail.OrderChangedAsync(order, OrderStatus.Shipped, order.PaymentState);
        await db.SaveChangesAsync();
        events.Publish(order.Number);
        return true;
    }
}
