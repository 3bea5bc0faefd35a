using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Data;

namespace Shop.Web.Features.Orders;

/// <summary>Puts the units an unpaid order held back on the shelf when it closes.</summary>
public class StockReservation(ShopDbContext db)
{
    public async Task ReleaseAsync(Order order)
    {
        var quantities = order.Lines.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var products = await db.Products.Where(p => quantities.Keys.Contains(p.Id)).ToListAsync();
        foreach (var product in products)
        {
            product.Release(quantities[product.Id]);
        }
    }
}
