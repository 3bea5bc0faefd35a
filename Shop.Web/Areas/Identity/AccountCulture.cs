using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;
using Shop.Web.Features.Mail;

namespace Shop.Web.Areas.Identity;

/// <summary>
/// The language an account was created in, kept as a claim of the account (Identity's own
/// claims table, no column of its own): the shop writes to the account in it.
/// </summary>
public static class AccountCulture
{
    public const string ClaimType = "shop:culture";

    public static async Task<string> FindAsync(ShopDbContext db, string userId) =>
        MailCulture.Of(await db.UserClaims.AsNoTracking()
            .Where(c => c.UserId == userId && c.ClaimType == ClaimType)
            .Select(c => c.ClaimValue)
            .FirstOrDefaultAsync());

    public static Task<IdentityResult> RecordAsync(UserManager<IdentityUser> users, IdentityUser user, string culture) =>
        users.AddClaimAsync(user, new Claim(ClaimType, MailCulture.Of(culture)));
}
