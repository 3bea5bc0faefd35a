using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Web.Data;
using Shop.Web.Features.Payments;

namespace Shop.Web.Areas.Admin.Features.RejectedNotifications;

/// <summary>Reads the rejected requests for the admin, apart from the notifications of orders.</summary>
public class RejectedNotificationSearch(ShopDbContext db, IOptionsMonitor<AlipayOptions> options)
{
    public const int PageSize = 50;

    public async Task<RejectedNotificationListPage> ListAsync(string? orderNumber, int page)
    {
        var number = string.IsNullOrWhiteSpace(orderNumber) ? null : orderNumber.Trim();
        var query = db.RejectedNotifications.AsNoTracking();
        if (number is not null)
        {
            query = query.Where(r => r.OutTradeNo == number);
        }
        var total = await query.CountAsync();
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var requests = await query
            .OrderByDescending(r => r.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync();
        return new RejectedNotificationListPage(requests, number, total, page, pages, options.CurrentValue.RejectedNotificationRetentionDays);
    }
}
