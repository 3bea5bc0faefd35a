using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Shop.Web.Areas.Identity.Pages.Account;

/// <summary>The second step of signing in with one of the recovery codes instead of the app: each works once.</summary>
[AllowAnonymous]
public class LoginWithRecoveryCodeModel(SignInManager<IdentityUser> signInManager, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("./Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("./Login");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(Input.RecoveryCode.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/"));
        }
        ModelState.AddModelError(string.Empty, localizer["That recovery code is not right or was already used."]);
        return Page();
    }

    public class InputModel
    {
        [Required(ErrorMessage = "Enter one of your recovery codes.")]
        [Display(Name = "Recovery code")]
        public string RecoveryCode { get; set; } = "";
    }
}
