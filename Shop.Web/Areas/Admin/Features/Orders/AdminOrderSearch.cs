using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Domain.Shipping;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>Finds orders for the admin: every buyer's, every kind, donations included.</summary>
public class AdminOrderSearch(ShopDbContext db)
{
    public async Task<OrderListPage> SearchAsync(OrderFilter filter)
    {
        var query = Matching(filter);
        var total = await query.CountAsync();
        var totalPages = Math.Max(1, (int)Math.Ceiling(total / (double)OrderFilter.PageSize));
        var page = Math.Min(filter.Page, totalPages);
        var orders = await Sorted(query, filter.Sort)
            .Skip((page - 1) * OrderFilter.PageSize)
            .Take(OrderFilter.PageSize)
            .ToListAsync();
        return new OrderListPage(
            filter, orders, total, page, totalPages,
            await db.Orders.CountAsync(o => o.Status == OrderStatus.AwaitingShipment),
            await db.Orders.CountAsync(o => o.PaidAfterClosing || o.HeldForReview));
    }

    /// <summary>Every order the filter matches, in its order, for the CSV export.</summary>
    public Task<List<Order>> ExportAsync(OrderFilter filter) =>
        Sorted(Matching(filter), filter.Sort).ToListAsync();

    private IQueryable<Order> Matching(OrderFilter filter)
    {
        var query = db.Orders.AsNoTracking();
        if (filter.Text is { } text)
        {
            // Lower-cased on both sides: SQLite's LIKE ignores case, PostgreSQL's does not. The
            // columns' ToLower() becomes SQL lower(), so no .NET culture is involved.
#pragma warning disable CA1304, CA1311
            var pattern = "%" + EscapeLike(text.ToLowerInvariant()) + "%";
            query = query.Where(o =>
                EF.Functions.Like(o.Number, pattern, "\\")
                || EF.Functions.Like(o.BuyerEmail!.ToLower(), pattern, "\\")
                || EF.Functions.Like(o.ShippingAddress!.ReceiverName.ToLower(), pattern, "\\")
                || EF.Functions.Like(o.Donation!.DonorName!.ToLower(), pattern, "\\")
                || EF.Functions.Like(o.AlipayTradeNo!, pattern, "\\"));
#pragma warning restore CA1304, CA1311
        }
        if (filter.Status is { } status)
        {
            query = query.Where(o => o.Status == status);
        }
        if (filter.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }
        if (filter.From is { } from)
        {
            var start = ChinaTime.StartOf(from);
            query = query.Where(o => o.CreatedAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = ChinaTime.StartOf(to.AddDays(1));
            query = query.Where(o => o.CreatedAt < end);
        }
        if (filter.NeedsAttention)
        {
            query = query.Where(o => o.PaidAfterClosing || o.HeldForReview);
        }
        return query;
    }

    private static IQueryable<Order> Sorted(IQueryable<Order> query, string sort) => sort switch
    {
        OrderFilter.Oldest => query.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id),
        // Order.Total is not a column: the same sum, written so that the database can compute it.
        OrderFilter.HighestTotal => query
            .OrderByDescending(o => o.GoodsTotal
                + (o.Logistics != null && o.Logistics.Payment == LogisticsPayment.BuyerPay ? o.Logistics.Fee : 0m))
            .ThenByDescending(o => o.CreatedAt),
        _ => query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id),
    };

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
