using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shop.Web.Features.Mail;

namespace Shop.Web.Areas.Identity.Pages.Account;

/// <summary>The confirmation link again, answered the same whether the address has an unconfirmed account or not.</summary>
[AllowAnonymous]
public class ResendEmailConfirmationModel(UserManager<IdentityUser> users, AccountMail mail) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is { EmailConfirmed: false })
        {
            await mail.EmailConfirmationAsync(user, await users.GenerateEmailConfirmationTokenAsync(user), null);
        }
        Sent = true;
        return Page();
    }

    public class InputModel
    {
        [Required(ErrorMessage = "Please enter your email address.")]
        [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";
    }
}
