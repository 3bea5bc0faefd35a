using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Data;

namespace Shop.Web.Features.Orders;

/// <summary>
/// Hands a paid virtual order its goods: one unsold code from the pool per unit of a code-delivered
/// line (each code's order column is a concurrency token, so no code can go to two orders), and
/// the download of file-delivered lines, which the order page offers from now on. Runs once, in
/// the same save as the payment that completed the order.
/// </summary>
public class VirtualGoodsDelivery(ShopDbContext db)
{
    public async Task DeliverAsync(Order order, DateTime now)
    {
        var codes = 0;
        var missing = 0;
        foreach (var line in order.Lines.Where(l => l.Delivery == VirtualDelivery.Code))
        {
            var pool = await db.ProductCodes
                .Where(c => c.ProductId == line.ProductId && c.OrderId == null)
                .OrderBy(c => c.Id)
                .Take(line.Quantity)
                .ToListAsync();
            foreach (var code in pool)
            {
                code.SellTo(order.Id, line.Id, now);
            }
            codes += pool.Count;
            missing += line.Quantity - pool.Count;
        }
        var files = order.Lines.Count(l => l.Delivery == VirtualDelivery.File);
        var detail = $"codes: {codes}, downloads: {files}" + (missing > 0 ? $", codes missing: {missing}" : "");
        order.RecordDelivery(now, detail);
    }
}
