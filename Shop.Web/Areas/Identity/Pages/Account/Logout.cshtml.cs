using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Shop.Web.Areas.Identity.Pages.Account;

// Anonymous is fine: a buyer whose session already ended who presses "Sign out" just lands on the shop.
[AllowAnonymous]
public class LogoutModel(SignInManager<IdentityUser> signInManager) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    // A GET never signs out (a link or an image could trigger it); it asks, and the form POSTs.
    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? Page() : LocalRedirect(LocalReturnUrl);

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        return LocalRedirect(LocalReturnUrl);
    }

    // Only our own pages: a returnUrl to another site would make this page a phishing relay.
    private string LocalReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/");
}
