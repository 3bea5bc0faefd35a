using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Features.Orders;

namespace Shop.Web.Areas.Admin.Features.Donations;

/// <summary>Every donation, paid or not, what came in, and the admin's say over what the public page shows.</summary>
public class DonationAdminService(ShopDbContext db, OrderEvents events, TimeProvider clock)
{
    public const int PageSize = 25;
    public const int DaysShown = 30;

    public async Task<DonationListPage> ListAsync(int page)
    {
        var donations = db.Orders.AsNoTracking().Where(o => o.Kind == OrderKind.Donation);
        var total = await donations.CountAsync();
        var totalPages = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
        page = Math.Clamp(page, 1, totalPages);
        var shown = await donations
            .OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync();

        // Only money that arrived counts: a donation is paid at once, and a refund takes it back out.
        var received = donations.Where(o => o.PaymentState == PaymentState.Paid);
        var receivedTotal = await received.SumAsync(o => o.AmountPaid ?? o.GoodsTotal);
        var receivedCount = await received.CountAsync();

        var firstDay = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime).AddDays(1 - DaysShown);
        var since = ChinaTime.StartOf(firstDay);
        var recent = await received
            .Where(o => o.PaidAt >= since)
            .Select(o => new { PaidAt = o.PaidAt!.Value, Amount = o.AmountPaid ?? o.GoodsTotal })
            .ToListAsync();
        var days = recent
            .GroupBy(d => ChinaTime.DateOf(d.PaidAt))
            .Select(day => new DonationDay(day.Key, day.Sum(d => d.Amount), day.Count()))
            .OrderByDescending(day => day.Day)
            .ToList();

        return new DonationListPage(shown, total, page, totalPages, days, receivedTotal, receivedCount);
    }

    /// <summary>Hides a donor's message from the public donation page, or shows it again; false when there is no such donation.</summary>
    public async Task<bool> SetMessageHiddenAsync(string orderNumber, bool hidden)
    {
        var donation = await db.Orders.FirstOrDefaultAsync(o => o.Number == orderNumber && o.Kind == OrderKind.Donation);
        if (donation?.Donation is not { } details)
        {
            return false;
        }
        if (hidden)
        {
            details.HideMessage();
        }
        else
        {
            details.ShowMessage();
        }
        await db.SaveChangesAsync();
        // The public donation page and the gift's own pages show the message (or not) from the next request.
        events.Publish(orderNumber);
        return true;
    }
}
