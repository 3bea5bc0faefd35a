using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Shop.Web.Areas.Identity;
using Shop.Web.Data;

namespace Shop.Web.Features.Mail;

/// <summary>
/// The messages about an account: confirm an address, reset a password, confirm a new address,
/// and "someone tried to register with your address". Each is asked for by a person, so each
/// request queues a message of its own; the links are absolute and carry Identity's tokens.
/// </summary>
public class AccountMail(
    ShopDbContext db, Outbox outbox, MailWriter writer, MailLinks links, IOptions<PasswordResetTokenProviderOptions> resetTokens)
{
    public async Task EmailConfirmationAsync(IdentityUser user, string token, string? returnUrl)
    {
        var url = links.AccountPage("/Account/ConfirmEmail", new { userId = user.Id, code = token, returnUrl });
        await SendAsync(user, user.Email!, MailKind.EmailConfirmation, "confirm", (l, shop) => new MailContent
        {
            Subject = l["{0}: confirm your email address", shop],
            Heading = l["Confirm your email address"],
            Paragraphs = [l["Please confirm that {0} is your email address by following the link below.", user.Email!]],
            Links = [new(l["Confirm my email address"], url)],
            Note = l["If you did not create an account, ignore this mail: nothing happens without the link."],
        });
    }

    public async Task PasswordResetAsync(IdentityUser user, string token)
    {
        var url = links.AccountPage("/Account/ResetPassword", new { code = token, email = user.Email });
        var minutes = (int)resetTokens.Value.TokenLifespan.TotalMinutes;
        await SendAsync(user, user.Email!, MailKind.PasswordReset, "reset", (l, shop) => new MailContent
        {
            Subject = l["{0}: reset your password", shop],
            Heading = l["Reset your password"],
            Paragraphs = [l["Someone asked to reset the password of the account {0}. If it was you, choose a new password with the link below.", user.Email!]],
            Links = [new(l["Choose a new password"], url)],
            Note = l["The link works for {0} minutes and only once. If you did not ask, ignore this mail: your password stays as it is.", minutes],
        });
    }

    public async Task EmailChangeAsync(IdentityUser user, string newEmail, string token)
    {
        var url = links.AccountPage("/Account/ConfirmEmailChange", new { userId = user.Id, email = newEmail, code = token });
        await SendAsync(user, newEmail, MailKind.EmailChange, "change-email", (l, shop) => new MailContent
        {
            Subject = l["{0}: confirm your new email address", shop],
            Heading = l["Confirm your new email address"],
            Paragraphs = [l["Follow the link below to use {0} as the email address of your account. Until then your account keeps its old address.", newEmail]],
            Links = [new(l["Confirm my new email address"], url)],
            Note = l["If you did not ask for this, ignore this mail: nothing changes without the link."],
        });
    }

    public async Task RegistrationAttemptAsync(IdentityUser user)
    {
        await SendAsync(user, user.Email!, MailKind.RegistrationAttempt, "register-attempt", (l, shop) => new MailContent
        {
            Subject = l["{0}: you already have an account", shop],
            Heading = l["You already have an account"],
            Paragraphs =
            [
                l["Someone, perhaps you, tried to create an account with {0}. This address already has one, so nothing was created.", user.Email!],
                l["If it was you, sign in; if you forgot your password, you can choose a new one. If it was not you, ignore this mail."],
            ],
            Links = [new(l["Sign in"], links.AccountPage("/Account/Login")), new(l["Forgot your password?"], links.AccountPage("/Account/ForgotPassword"))],
        });
    }

    private async Task SendAsync(
        IdentityUser user, string recipient, MailKind kind, string eventName, Func<IStringLocalizer, string, MailContent> compose)
    {
        var culture = await AccountCulture.FindAsync(db, user.Id);
        await outbox.AddAsync($"account:{user.Id}:{eventName}:{Guid.NewGuid():N}", kind, recipient, culture, null, writer.Write(culture, compose));
        await db.SaveChangesAsync();
    }
}
