using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Data;

namespace Shop.Web.Features.Orders;

public static class OrderNumbers
{
    /// <summary>
    /// A number no order has yet. Collisions need two orders in the same second drawing the same
    /// six digits; the unique index on the number stays the last guard.
    /// </summary>
    public static async Task<string> NewAsync(ShopDbContext db, DateTime now)
    {
        string number;
        do
        {
            number = OrderNumber.New(now);
        }
        while (await db.Orders.AnyAsync(o => o.Number == number));
        return number;
    }
}
