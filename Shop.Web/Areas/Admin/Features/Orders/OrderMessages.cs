using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>The messages sent about an order, and sending one again.</summary>
public class OrderMessages(ShopDbContext db, TimeProvider clock)
{
    public Task<List<OrderMessageRow>> ListAsync(string orderNumber) =>
        db.OutboxMessages.AsNoTracking()
            .Where(m => m.OrderNumber == orderNumber)
            .OrderBy(m => m.Id)
            .Select(m => new OrderMessageRow(m.Id, m.Kind, m.Recipient, m.Culture, m.CreatedAt, m.Attempts, m.SentAt, m.GaveUpAt, m.NextAttemptAt, m.LastError))
            .ToListAsync();

    /// <summary>
    /// Queues a copy of the message as a new one, keyed <c>resend:{id}:{n}</c> (the n-th resend),
    /// so the original's record stays as it was. False when the order has no such message.
    /// </summary>
    public async Task<bool> ResendAsync(string orderNumber, long messageId)
    {
        var original = await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == messageId && m.OrderNumber == orderNumber);
        if (original is null)
        {
            return false;
        }
        var prefix = $"resend:{messageId}:";
        for (var attempt = 1; ; attempt++)
        {
            var resends = await db.OutboxMessages.CountAsync(m => m.IdempotencyKey.StartsWith(prefix));
            db.OutboxMessages.Add(original.Copy(prefix + (resends + 1), clock.GetUtcNow().UtcDateTime));
            try
            {
                await db.SaveChangesAsync();
                return true;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another admin's resend took that number first: count again.
                db.ChangeTracker.Clear();
            }
        }
    }
}
