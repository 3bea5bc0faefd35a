using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Features.Instances;
using Shop.Web.Features.Orders;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>An admin's note in an order's history, with who wrote it.</summary>
public class OrderNotes(ShopDbContext db, ShopLocks locks, OrderEvents events, TimeProvider clock)
{
    /// <summary>False when there is no such order. The caller checks the text (see <see cref="IsValid"/>).</summary>
    public async Task<bool> AddAsync(string orderNumber, string note, string author, CancellationToken cancellationToken)
    {
        // A note saves the order (its version moves), so it queues behind a notification like any change.
        await using (await locks.AcquireOrderAsync(orderNumber, cancellationToken))
        {
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Number == orderNumber, cancellationToken);
            if (order is null)
            {
                return false;
            }
            order.AddNote(note, author, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            events.Publish(orderNumber);
            return true;
        }
    }

    public static bool IsValid(string? note) =>
        !string.IsNullOrWhiteSpace(note) && note.Trim().Length <= Order.NoteMaxLength;
}
