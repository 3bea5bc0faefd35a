using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Features.Instances;
using Shop.Web.Features.Mail;
using Shop.Web.Features.Orders;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>
/// An admin accepts what was paid for virtual goods held because the price was lowered on Alipay
/// (<see cref="Order.HeldForReview"/>): the order completes and its goods are delivered, in one save.
/// </summary>
public class OrderRelease(ShopDbContext db, ShopLocks locks, VirtualGoodsDelivery delivery, OrderMail mail, OrderEvents events, TimeProvider clock)
{
    public async Task<ReleaseOutcome> ReleaseAsync(string orderNumber, string admin, CancellationToken cancellationToken)
    {
        // Queued behind any notification for the same order, as every change is.
        await using (await locks.AcquireOrderAsync(orderNumber, cancellationToken))
        {
            var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Number == orderNumber, cancellationToken);
            if (order is null)
            {
                return ReleaseOutcome.NotFound;
            }
            if (!order.CanRelease)
            {
                return ReleaseOutcome.NotHeld;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var (fromStatus, fromPayment) = (order.Status, order.PaymentState);
            order.Release(admin, now);
            await delivery.DeliverAsync(order, now);
            await mail.OrderChangedAsync(order, fromStatus, fromPayment);
            await db.SaveChangesAsync(cancellationToken);
            events.Publish(orderNumber);
            return ReleaseOutcome.Released;
        }
    }
}
