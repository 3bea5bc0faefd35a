using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shop.Web.Features.Shared;

namespace Shop.Web.Areas.Identity.Pages.Account.Manage;

[Authorize]
public class IndexModel(
    UserManager<IdentityUser> userManager,
    SignInManager<IdentityUser> signInManager,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Email { get; private set; } = "";

    public bool EmailConfirmed { get; private set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            // The cookie outlived the account.
            return Challenge();
        }
        Email = user.Email ?? "";
        EmailConfirmed = user.EmailConfirmed;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        Email = user.Email ?? "";
        EmailConfirmed = user.EmailConfirmed;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await userManager.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }
            return Page();
        }

        // The password change renews the security stamp; renew the cookie so this session stays signed in.
        await signInManager.RefreshSignInAsync(user);
        TempData.Flash(FlashKind.Message, localizer["Your password has been changed."]);
        return RedirectToPage();
    }

    public class InputModel
    {
        [Required(ErrorMessage = "Please enter your current password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Please choose a new password.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Please enter the new password again.")]
        [DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = "The two passwords do not match.")]
        [Display(Name = "Confirm new password")]
        public string ConfirmNewPassword { get; set; } = "";
    }
}
