using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Features.Mail;

/// <summary>
/// Puts messages in the outbox of the caller's <see cref="ShopDbContext"/>: they are written by
/// the caller's own save, with the change that causes them, or not at all.
/// </summary>
public class Outbox(ShopDbContext db, TimeProvider clock)
{
    private static readonly Func<ShopDbContext, string, Task<bool>> IsQueuedOrSent =
        EF.CompileAsyncQuery((ShopDbContext db, string idempotencyKey) => db.OutboxMessages.Any(m => m.IdempotencyKey == idempotencyKey));

    /// <summary>Adds the message unless one with the same key is already queued or sent; says whether it did.</summary>
    public async Task<bool> AddAsync(
        string idempotencyKey, MailKind kind, string recipient, string culture, string? orderNumber, RenderedMail mail)
    {
        // Added earlier in this unit of work: looked for among the tracked entries without detecting
        // changes in them (DbSet.Local would), and then in the table by one compiled query.
        if (TrackedEntries.WithoutDetecting(db.ChangeTracker, entries => entries.Any(e =>
                e.Entity is OutboxMessage { } queued && queued.IdempotencyKey == idempotencyKey && e.State != EntityState.Deleted))
            || await IsQueuedOrSent(db, idempotencyKey))
        {
            return false;
        }
        db.OutboxMessages.Add(OutboxMessage.Create(
            idempotencyKey, kind, recipient, culture, orderNumber, mail, clock.GetUtcNow().UtcDateTime));
        return true;
    }
}
