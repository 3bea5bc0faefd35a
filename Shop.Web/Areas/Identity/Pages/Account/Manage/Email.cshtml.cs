using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shop.Web.Features.Mail;
using Shop.Web.Features.Shared;

namespace Shop.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// The account's email address: confirm it (the link again) or move to a new one, which takes
/// effect only when the link mailed to the new address is followed. An address taken by another
/// account is answered like any other, so this page does not tell who has an account either.
/// </summary>
[Authorize]
public class EmailModel(UserManager<IdentityUser> users, AccountMail mail, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Email { get; private set; } = "";

    public bool Confirmed { get; private set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        Show(user);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        Show(user);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (string.Equals(Input.NewEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.NewEmail)}", localizer["This is already your email address."]);
            return Page();
        }
        // A taken address gets no link (following it could not work), but the answer is the same.
        if (await users.FindByEmailAsync(Input.NewEmail) is null)
        {
            await mail.EmailChangeAsync(user, Input.NewEmail, await users.GenerateChangeEmailTokenAsync(user, Input.NewEmail));
        }
        TempData.Flash(FlashKind.Message, localizer["We sent a link to {0}. Your address changes when you follow it.", Input.NewEmail]);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!user.EmailConfirmed)
        {
            await mail.EmailConfirmationAsync(user, await users.GenerateEmailConfirmationTokenAsync(user), null);
            TempData.Flash(FlashKind.Message, localizer["We sent a mail to {0}. Follow its link to confirm your address.", user.Email!]);
        }
        return RedirectToPage();
    }

    private void Show(IdentityUser user)
    {
        Email = user.Email ?? "";
        Confirmed = user.EmailConfirmed;
    }

    public class InputModel
    {
        [Required(ErrorMessage = "Please enter your email address.")]
        [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
        [StringLength(256, ErrorMessage = "Please enter a valid email address.")]
        [Display(Name = "New email address")]
        public string NewEmail { get; set; } = "";
    }
}
