using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Shop.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The page the mail to a new address links to: the account takes the new address, as its email
/// and its user name (buyers sign in with their email).
/// </summary>
[AllowAnonymous]
public class ConfirmEmailChangeModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signInManager) : PageModel
{
    public bool Changed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? email, string? code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(email) || string.IsNullOrEmpty(code))
        {
            return RedirectToPage("./Login");
        }
        var user = await users.FindByIdAsync(userId);
        if (user is not null && (await users.ChangeEmailAsync(user, email, code)).Succeeded)
        {
            Changed = (await users.SetUserNameAsync(user, email)).Succeeded;
            if (signInManager.IsSignedIn(User) && users.GetUserId(User) == user.Id)
            {
                // The change renewed the security stamp: renew this session's cookie with it.
                await signInManager.RefreshSignInAsync(user);
            }
        }
        return Page();
    }
}
