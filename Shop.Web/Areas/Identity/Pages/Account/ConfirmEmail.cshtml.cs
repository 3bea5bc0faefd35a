using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Shop.Web.Areas.Identity.Pages.Account;

/// <summary>The page the confirmation mail links to: the address is confirmed, and the buyer goes on where they were.</summary>
[AllowAnonymous]
public class ConfirmEmailModel(UserManager<IdentityUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code, string? returnUrl)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null;
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code))
        {
            return RedirectToPage("./Login");
        }
        var user = await users.FindByIdAsync(userId);
        Confirmed = user is not null && (await users.ConfirmEmailAsync(user, code)).Succeeded;
        return Page();
    }
}
