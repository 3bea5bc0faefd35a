using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;
using Shop.Web.Features.Shared;

namespace Shop.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Two-factor sign-in with an authenticator app: the shared key (its otpauth URI, also as a QR code)
/// to add to the app, a code from the app to turn it on, recovery codes shown once, new codes, and turning it off.
/// </summary>
[Authorize]
public class TwoFactorAuthenticationModel(
    UserManager<IdentityUser> users,
    SignInManager<IdentityUser> signInManager,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int RecoveryCodeCount = 10;

    public bool Enabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>The key as the app's "enter a key" screen wants it, in groups of four.</summary>
    public string SharedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    /// <summary>Shown once, right after they are made.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await ShowAsync(user);
        return Page();
    }

    /// <summary>The otpauth URI as a QR code for the phone's camera, drawn by the shop (no outside service sees the key).</summary>
    public async Task<IActionResult> OnGetQrCodeAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await ShowAsync(user);
        if (Enabled)
        {
            return NotFound();
        }
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        // The key is a secret: no cache keeps the picture.
        Response.Headers.CacheControl = "no-store";
        return File(new PngByteQRCode(data).GetGraphic(6), "image/png");
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            await ShowAsync(user);
            return Page();
        }
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Code)}", localizer["That code is not right. Enter the code your app shows now."]);
            await ShowAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await signInManager.RefreshSignInAsync(user);
        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (user.TwoFactorEnabled)
        {
            RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        }
        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key: the app's old entry stops working, and turning it on again starts afresh.
        await users.ResetAuthenticatorKeyAsync(user);
        await signInManager.RefreshSignInAsync(user);
        TempData.Flash(FlashKind.Message, localizer["Two-factor sign-in is off."]);
        return RedirectToPage();
    }

    private async Task ShowAsync(IdentityUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        if (Enabled)
        {
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        SharedKey = InGroupsOfFour(key);
        var issuer = Uri.EscapeDataString(localizer["Shop"]);
        AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer={issuer}&digits=6";
    }

    private static string InGroupsOfFour(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }

    public class InputModel
    {
        [Required(ErrorMessage = "Enter the code your app shows.")]
        [StringLength(7, MinimumLength = 6, ErrorMessage = "The code has 6 digits.")]
        [Display(Name = "Code from the app")]
        public string Code { get; set; } = "";
    }
}
