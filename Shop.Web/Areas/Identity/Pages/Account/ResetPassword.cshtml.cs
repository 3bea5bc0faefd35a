using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Shop.Web.Areas.Identity.Pages.Account;

/// <summary>The page the reset mail links to: a new password for the account, with the link's token.</summary>
[AllowAnonymous]
public class ResetPasswordModel(
    UserManager<IdentityUser> users, IOptions<IdentityOptions> identityOptions, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public int RequiredPasswordLength => identityOptions.Value.Password.RequiredLength;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IActionResult OnGet(string? code = null, string? email = null)
    {
        if (string.IsNullOrEmpty(code))
        {
            return RedirectToPage("./ForgotPassword");
        }
        Input = new InputModel { Code = code, Email = email ?? "" };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            // Said as for an old link: this page does not tell which addresses have accounts.
            ModelState.AddModelError(string.Empty, localizer["This link has expired or was already used. Please ask for a new one."]);
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, Input.Code, Input.Password);
        if (!result.Succeeded)
        {
            var invalidToken = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            foreach (var error in result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.InvalidToken)))
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }
            if (invalidToken)
            {
                ModelState.AddModelError(string.Empty, localizer["This link has expired or was already used. Please ask for a new one."]);
            }
            return Page();
        }
        // The link reached this mailbox, so the address is its owner's.
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        return RedirectToPage("./ResetPasswordConfirmation");
    }

    public class InputModel
    {
        [Required(ErrorMessage = "Please enter your email address.")]
        [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Please choose a new password.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Please enter the new password again.")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        [Display(Name = "Confirm new password")]
        public string ConfirmPassword { get; set; } = "";

        [Required]
        public string Code { get; set; } = "";
    }
}
