using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shop.Web.Features.Mail;

namespace Shop.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Asks for a password reset link. The answer is the same whether the address has an account or
/// not ("if an account exists, we sent a mail"); only an account's owner receives a mail.
/// </summary>
[AllowAnonymous]
public class ForgotPasswordModel(UserManager<IdentityUser> users, AccountMail mail) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    // Rate limited with the policy "password-reset" (RateLimitConfiguration), like ResetPassword.
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is not null)
        {
            await mail.PasswordResetAsync(user, await users.GeneratePasswordResetTokenAsync(user));
        }
        return RedirectToPage("./ForgotPasswordConfirmation");
    }

    public class InputModel
    {
        [Required(ErrorMessage = "Please enter your email address.")]
        [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";
    }
}
