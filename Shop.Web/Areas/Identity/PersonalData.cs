using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Data;

namespace Shop.Web.Areas.Identity;

/// <summary>
/// What the shop holds about an account, for its owner to download, and the deletion of the
/// account: its orders stay for the shop's books, with nothing left that names or reaches the person.
/// </summary>
public class PersonalData(ShopDbContext db, UserManager<IdentityUser> users, TimeProvider clock)
{
    /// <summary>Orders still being paid or waiting for their goods need the buyer; the account waits for them.</summary>
    public Task<bool> HasOpenOrdersAsync(IdentityUser user) =>
        db.Orders.AnyAsync(o => o.UserId == user.Id
            && (o.Status == OrderStatus.PendingPayment || o.Status == OrderStatus.AwaitingShipment));

    public async Task<object> ExportAsync(IdentityUser user)
    {
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.UserId == user.Id).OrderBy(o => o.CreatedAt).ToListAsync();
        var addresses = await db.SavedAddresses.AsNoTracking().Where(a => a.UserId == user.Id).ToListAsync();
        return new
        {
            Account = new
            {
                user.Email,
                user.EmailConfirmed,
                TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user),
                Language = (await users.GetClaimsAsync(user)).FirstOrDefault(c => c.Type == AccountCulture.ClaimType)?.Value,
            },
            SavedAddresses = addresses.Select(a => a.Address),
            Orders = orders.Select(o => new
            {
                o.Number,
                PlacedAt = o.CreatedAt,
                Status = o.Status.ToString(),
                o.Total,
                o.BuyerEmail,
                o.ShippingAddress,
                o.ClientAddress,
                Lines = o.Lines.Select(l => new { l.ProductName, l.Quantity, l.UnitPrice }),
                Donation = o.Donation is { } d ? new { d.DonorName, d.Message, d.IsAnonymous } : null,
            }),
        };
    }

    /// <summary>
    /// Erases the buyer from the account's orders, deletes the mail written to the account's
    /// address, then the account (its carts, saved addresses, claims and keys go with it), all or nothing.
    /// </summary>
    public async Task<IdentityResult> DeleteAsync(IdentityUser user)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var orders = await db.Orders.Where(o => o.UserId == user.Id).ToListAsync();
        foreach (var order in orders)
        {
            order.EraseBuyer(now);
        }
        await db.SaveChangesAsync();
        await db.OutboxMessages.Where(m => m.Recipient == user.Email).ExecuteDeleteAsync();
        var deleted = await users.DeleteAsync(user);
        if (deleted.Succeeded)
        {
            await transaction.CommitAsync();
        }
        return deleted;
    }
}
