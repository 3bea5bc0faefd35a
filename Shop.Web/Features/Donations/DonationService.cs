using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Web.Data;
using Shop.Web.Features.Mail;
using Shop.Web.Features.Orders;
using Shop.Web.Features.Payments;

namespace Shop.Web.Features.Donations;

public class DonationService(
    ShopDbContext db,
    UnpaidOrderLimits unpaidOrderLimits,
    IOptionsMonitor<AlipayOptions> alipayOptions,
    DonationSummaryCache summaries,
    TimeProvider clock)
{
    /// <summary>How many of the latest donors the donation page names.</summary>
    public const int RecentDonors = 10;

    /// <summary>
    /// Writes the donation as an order waiting for payment, paid with create_donate_trade_p;
    /// nothing is written when the donor already has as many unpaid orders open as allowed.
    /// </summary>
    public async Task<PlaceDonationResult> PlaceAsync(
        decimal amount, DonationDetails details, string? userId, string? email, string clientAddress)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await unpaidOrderLimits.ReachedAsync(userId, clientAddress) is not UnpaidOrderLimit.None and var limit)
        {
            return new PlaceDonationResult(null, limit);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var order = Order.PlaceDonation(
            await OrderNumbers.NewAsync(db, now), amount, details, userId, email,
            AlipayServices.CreateDonateTradeP, now, alipayOptions.CurrentValue.UnpaidTimeout().DeadlineFor(now), MailCulture.Current, clientAddress);
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new PlaceDonationResult(order, UnpaidOrderLimit.None);
    }

    /// <summary>What the donation page shows of everyone's gifts: the total received and the latest donors.</summary>
    public Task<DonationSummary> SummaryAsync() => summaries.GetAsync(ReadSummaryAsync);

    private async Task<DonationSummary> ReadSummaryAsync()
    {
        var received = db.Orders.AsNoTracking()
            .Where(o => o.Kind == OrderKind.Donation && o.PaymentState == PaymentState.Paid);
        var total = await received.SumAsync(o => o.AmountPaid ?? o.GoodsTotal);
        var count = await received.CountAsync();
        var recent = await received
            .OrderByDescending(o => o.PaidAt)
            .Take(RecentDonors)
            .Select(o => new RecentDonation(
                o.Donation!.IsAnonymous ? null : o.Donation.DonorName,
                o.AmountPaid ?? o.GoodsTotal,
                o.Donation.MessageHidden ? null : o.Donation.Message,
                o.PaidAt ?? o.CreatedAt))
            .ToListAsync();
        return new DonationSummary(total, count, recent);
    }

    public Task<Order?> FindAsync(string orderNumber) =>
        db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Number == orderNumber && o.Kind == OrderKind.Donation);
}
