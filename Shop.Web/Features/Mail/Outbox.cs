using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Features.Mail;

/// <summary>
/// Puts messages in the outbox of the caller's <see cref="ShopDbContext"/>: they are written by
/// the caller's own save, with the change that causes them, or not at all.
/// </summary>
public class Outbox(ShopDbContext db, TimeProvider clock)
{
    /// <summary>Adds the message unless one with the same key is already queued or sent; says whether it did.</summary>
    public async Task<bool> AddAsync(
        string idempotencyKey, MailKind kind, string recipient, string culture, string? orderNumber, RenderedMail mail)
    {
        if (db.OutboxMessages.Local.Any(m => m.IdempotencyKey == idempotencyKey)
            || await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == idempotencyKey))
        {
            return false;
        }
        db.OutboxMessages.Add(OutboxMessage.Create(
            idempotencyKey, kind, recipient, culture, orderNumber, mail, clock.GetUtcNow().UtcDateTime));
        return true;
    }
}
