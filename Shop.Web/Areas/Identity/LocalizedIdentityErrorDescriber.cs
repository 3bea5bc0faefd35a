using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Shop.Web.Areas.Identity;

/// <summary>
/// Identity's error messages in the request's language, from the shared resources.
/// User names are email addresses in this shop, so the user-name errors speak of the email.
/// </summary>
public class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() =>
        Describe(nameof(DefaultError), localizer["Something went wrong. Please try again."]);

    public override IdentityError DuplicateEmail(string email) =>
        Describe(nameof(DuplicateEmail), localizer["The email address {0} is already registered.", email]);

    public override IdentityError DuplicateUserName(string userName) =>
        Describe(nameof(DuplicateUserName), localizer["The email address {0} is already registered.", userName]);

    public override IdentityError InvalidEmail(string? email) =>
        Describe(nameof(InvalidEmail), localizer["The email address {0} is not valid.", email ?? ""]);

    public override IdentityError InvalidUserName(string? userName) =>
        Describe(nameof(InvalidUserName), localizer["The email address {0} can't be used to sign in.", userName ?? ""]);

    // Identity asks for this one only when changing a password, about the current one.
    public override IdentityError PasswordMismatch() =>
        Describe(nameof(PasswordMismatch), localizer["The current password is incorrect."]);

    public override IdentityError PasswordTooShort(int length) =>
        Describe(nameof(PasswordTooShort), localizer["Passwords must be at least {0} characters long.", length]);

    public override IdentityError PasswordRequiresDigit() =>
        Describe(nameof(PasswordRequiresDigit), localizer["Passwords must have at least one digit (0-9)."]);

    public override IdentityError PasswordRequiresLower() =>
        Describe(nameof(PasswordRequiresLower), localizer["Passwords must have at least one lowercase letter (a-z)."]);

    public override IdentityError PasswordRequiresUpper() =>
        Describe(nameof(PasswordRequiresUpper), localizer["Passwords must have at least one uppercase letter (A-Z)."]);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Describe(nameof(PasswordRequiresNonAlphanumeric), localizer["Passwords must have at least one symbol, such as # or !."]);

    private static IdentityError Describe(string code, string description) =>
        new() { Code = code, Description = description };
}
