using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Shop.Web.Areas.Identity;

/// <summary>
/// Password reset tokens, apart from Identity's other tokens so that they expire sooner
/// (<c>Identity:ResetLinkMinutes</c>, two hours by default) than an email confirmation link
/// (a day). A reset renews the account's security stamp, which spends the token.
/// </summary>
public class PasswordResetTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<PasswordResetTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<IdentityUser>> logger)
    : DataProtectorTokenProvider<IdentityUser>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "PasswordReset";
}

public class PasswordResetTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public PasswordResetTokenProviderOptions()
    {
        Name = PasswordResetTokenProvider.ProviderName;
        TokenLifespan = TimeSpan.FromHours(2);
    }
}
