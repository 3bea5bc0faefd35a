using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Shop.Web.Areas.Identity.Pages.Account;

/// <summary>The second step of signing in with two-factor sign-in on: a code from the authenticator app.</summary>
[AllowAnonymous]
public class LoginWith2faModel(SignInManager<IdentityUser> signInManager, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

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
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/"));
        }
        // Wrong and locked are said alike, as on the sign-in page.
        ModelState.AddModelError(string.Empty, localizer["That code is not right. Enter the code your app shows now."]);
        return Page();
    }

    public class InputModel
    {
        [Required(ErrorMessage = "Enter the code your app shows.")]
        [StringLength(7, MinimumLength = 6, ErrorMessage = "The code has 6 digits.")]
        [Display(Name = "Code from the app")]
        public string Code { get; set; } = "";
    }
}
