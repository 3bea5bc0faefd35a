using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Components;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.Dashboard;

/// <summary>
/// The dashboard's numbers. Money counts from the moment Alipay reports it paid, into escrow or
/// straight to the shop, on that day in China; a refunded order no longer counts.
/// </summary>
public class DashboardService(ShopDbContext db, TimeProvider clock)
{
    public const int ChartDays = 30;

    public async Task<DashboardPage> BuildAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var chartStart = today.AddDays(1 - ChartDays);
        var since = ChinaTime.StartOf(monthStart < chartStart ? monthStart : chartStart);

        // A small shop's month of payments is read in one go and added up here, by China day.
        var paid = await db.Orders.AsNoTracking()
            .Where(o => (o.PaymentState == PaymentState.Paid || o.PaymentState == PaymentState.HeldInEscrow) && o.PaidAt >= since)
            .Select(o => new { o.Kind, PaidAt = o.PaidAt!.Value, Amount = o.AmountPaid ?? o.GoodsTotal })
            .ToListAsync();
        var payments = paid
            .Select(p => new Payment(ChinaTime.DateOf(p.PaidAt), p.Kind == OrderKind.Donation, p.Amount))
            .ToList();

        var days = Enumerable.Range(0, ChartDays)
            .Select(offset => chartStart.AddDays(offset))
            .Select(day => new DayPaidAmounts(
                day,
                payments.Where(p => p.Day == day && !p.IsDonation).Sum(p => p.Amount),
                payments.Where(p => p.Day == day && p.IsDonation).Sum(p => p.Amount)))
            .ToList();

        var monthSince = ChinaTime.StartOf(monthStart);
        var refunds = await db.Refunds.AsNoTracking()
            .Where(r => r.State == RefundState.Succeeded && r.ResolvedAt >= monthSince)
            .Select(r => new { ResolvedAt = r.ResolvedAt!.Value, r.Amount })
            .ToListAsync();
        var todaySince = ChinaTime.StartOf(today);
        var refundsToday = refunds.Where(r => r.ResolvedAt >= todaySince).ToList();

        return new DashboardPage(
            Total(payments, donations: false, from: today),
            Total(payments, donations: false, from: monthStart),
            Total(payments, donations: true, from: today),
            Total(payments, donations: true, from: monthStart),
            await db.Orders.CountAsync(o => o.Status == OrderStatus.AwaitingShipment),
            await db.Orders.CountAsync(o => o.Status == OrderStatus.PendingPayment),
            await db.Orders.CountAsync(o => o.PaidAfterClosing),
            days)
        {
            RefundsToday = new PaidTotal(refundsToday.Sum(r => r.Amount), refundsToday.Count),
            RefundsThisMonth = new PaidTotal(refunds.Sum(r => r.Amount), refunds.Count),
        };
    }

    private static PaidTotal Total(List<Payment> payments, bool donations, DateOnly from)
    {
        var matching = payments.Where(p => p.IsDonation == donations && p.Day >= from).ToList();
        return new PaidTotal(matching.Sum(p => p.Amount), matching.Count);
    }

    private sealed record Payment(DateOnly Day, bool IsDonation, decimal Amount);
}
