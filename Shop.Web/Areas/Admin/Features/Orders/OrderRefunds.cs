using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Web.Data;
using Shop.Web.Features.Instances;
using Shop.Web.Features.Orders;
using Shop.Web.Features.Payments;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>
/// An admin refunds an order paid instantly through <c>refund_fastpay_by_platform_pwd</c>
/// (docs/alipay-protocol.md §6a): the refund is stored as Requested with a batch number of its own,
/// then the admin's browser carries the signed request to Alipay, where the seller confirms with
/// the account's password. Alipay's batch_refund_notify settles it (<see cref="AlipayNotificationProcessor"/>).
/// </summary>
public class OrderRefunds(ShopDbContext db, ShopLocks locks, IOptionsMonitor<AlipayOptions> options, OrderEvents events, TimeProvider clock)
{
    public async Task<RefundRequestResult> RequestAsync(string orderNumber, RefundForm form, string admin, CancellationToken cancellationToken)
    {
        await using (await locks.AcquireOrderAsync(orderNumber, cancellationToken))
        {
            var order = await db.Orders.Include(o => o.Refunds).FirstOrDefaultAsync(o => o.Number == orderNumber, cancellationToken);
            if (order is null)
            {
                return new(RefundRequestOutcome.NotFound);
            }
            if (!order.CanRefund)
            {
                return new(RefundRequestOutcome.NotRefundable);
            }
            var errors = form.Check(order.RefundableAmount, out var amount, out var reason);
            if (errors.Count > 0)
            {
                return new(RefundRequestOutcome.Invalid, Errors: errors);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            // The order's id and its refund count make the serial unique without a lookup; the
            // unique index on batch_no is the guarantee.
            var serial = FormattableString.Invariant($"{order.Id:D10}{order.Refunds.Count + 1:D3}");
            var batchNo = RefundBatchNumber.For(ChinaTime.DateOf(now), serial);
            order.RequestRefund(batchNo, amount, reason, admin, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                return new(RefundRequestOutcome.ChangedMeanwhile);
            }
            events.Publish(orderNumber);
            return new(RefundRequestOutcome.Requested, batchNo);
        }
    }

    /// <summary>The signed request of a refund still waiting for Alipay; null when there is none to confirm.</summary>
    public async Task<AlipaySignedRequest?> SignedRequestAsync(string orderNumber, string batchNo, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Refunds).FirstOrDefaultAsync(o => o.Number == orderNumber, cancellationToken);
        var refund = order?.Refunds.FirstOrDefault(r => r.BatchNo == batchNo && r.State == RefundState.Requested);
        if (order?.AlipayTradeNo is not { } tradeNo || refund is null)
        {
            return null;
        }
        var settings = options.CurrentValue;
        return new AlipayRequestBuilder(settings.Merchant()).BuildRefund(new RefundRequest(
            refund.BatchNo, refund.RequestedAt, [new RefundDetail(tradeNo, refund.Amount, refund.Reason)], settings.NotifyUrl));
    }
}
