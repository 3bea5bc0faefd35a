using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Features.Checkout;
using Shop.Web.Features.Instances;
using Shop.Web.Features.Mail;
using Shop.Web.Features.Payments;

namespace Shop.Web.Features.Orders;

/// <summary>
/// What happens to orders when time passes: an unpaid order past its deadline closes and gives its
/// stock back once Alipay's trade is closed too (a payment whose notification is late is found
/// then and applied, never thrown away; an unreachable Alipay leaves the order for the next round),
/// and an instantly paid order completes some days after shipping if the buyer never confirms.
/// </summary>
public class OrderTimeouts(
    ShopDbContext db,
    AlipayTradeClosing tradeClosing,
    ShopLocks locks,
    StockReservation stock,
    OrderEvents events,
    OrderMail mail,
    IOptionsMonitor<CheckoutOptions> checkoutOptions,
    TimeProvider clock,
    ILogger<OrderTimeouts> logger)
{
    /// <summary>Time given to a payment made at the last moment to be reported.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);

    private const int BatchSize = 50;

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await CloseExpiredAsync(cancellationToken);
        await CompleteShippedAsync();
    }

    private async Task CloseExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - Grace;
        var numbers = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.PendingPayment && o.PaymentState == PaymentState.Unpaid && o.PayBefore < cutoff)
            .OrderBy(o => o.PayBefore)
            .Select(o => o.Number)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var number in numbers)
        {
            var result = await tradeClosing.CloseAsync(number, cancellationToken);
            if (result != TradeClosingResult.Closed)
            {
                logger.LogInformation("Order {Number} is not closed this round: closing its Alipay trade came to {Result}", number, result);
                continue;
            }
            await CloseIfStillUnpaidAsync(number);
        }
    }

    private async Task CloseIfStillUnpaidAsync(string number)
    {
        // The same lock as notifications: Alipay's own "closed" notification waits, then finds nothing to do.
        await using var orderLock = await locks.AcquireOrderAsync(number, CancellationToken.None);
        db.ChangeTracker.Clear();
        var order = await db.Orders.Include(o => o.Lines).FirstAsync(o => o.Number == number);
        if (!order.CanCancel)
        {
            return;
        }
        order.Cancel(clock.GetUtcNow().UtcDateTime, OrderChangeSource.System);
        await stock.ReleaseAsync(order);
        await mail.OrderChangedAsync(order, OrderStatus.PendingPayment, PaymentState.Unpaid);
        try
        {
            await db.SaveChangesAsync();
            events.Publish(number);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A notification moved the order meanwhile; the next round looks again.
            db.ChangeTracker.Clear();
        }
    }

    private async Task CompleteShippedAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var shippedBefore = now.AddDays(-checkoutOptions.CurrentValue.CompleteDaysAfterShipping);
        var numbers = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Shipped && o.PaymentState == PaymentState.Paid && o.ShippedAt < shippedBefore)
            .OrderBy(o => o.ShippedAt)
            .Select(o => o.Number)
            .Take(BatchSize)
            .ToListAsync();
        foreach (var number in numbers)
        {
            await CompleteIfStillShippedAsync(number, shippedBefore, now);
        }
    }

    // One order a save: an order that changed meanwhile (the buyer confirmed receipt, another
    // instance's round, a notification) is left as it now is and does not stop the others.
    private async Task CompleteIfStillShippedAsync(string number, DateTime shippedBefore, DateTime now)
    {
        await using var orderLock = await locks.AcquireOrderAsync(number, CancellationToken.None);
        db.ChangeTracker.Clear();
        var order = await db.Orders.Include(o => o.Lines).FirstAsync(o => o.Number == number);
        if (!order.CompleteIfShippedBefore(shippedBefore, now))
        {
            return;
        }
        await mail.OrderChangedAsync(order, OrderStatus.Shipped, order.PaymentState);
        try
        {
            await db.SaveChangesAsync();
            events.Publish(number);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The next round looks again, and finds it completed or still to complete.
            db.ChangeTracker.Clear();
        }
    }
}
