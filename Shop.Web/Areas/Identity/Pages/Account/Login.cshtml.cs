using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Shop.Web.Areas.Identity.Pages.Account;

[AllowAnonymous]
public class LoginModel(
    SignInManager<IdentityUser> signInManager,
    IPasswordHasher<IdentityUser> passwordHasher,
    IOptions<IdentityOptions> identityOptions,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // User names are the email addresses (see Register).
        var user = await signInManager.UserManager.FindByNameAsync(Input.Email);
        if (user is null)
        {
            // As long as a wrong password takes: the time of the answer does not tell who has an account either.
            passwordHasher.VerifyHashedPassword(new IdentityUser(), UnknownUserHash, Input.Password);
            return Refused();
        }
        var result = await signInManager.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(LocalReturnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl = LocalReturnUrl, Input.RememberMe });
        }
        // Identity says "not allowed" (unconfirmed email) before it looks at the password: only the
        // right password may learn why, or the answer would reveal the account to anyone.
        if (result.IsNotAllowed && await signInManager.UserManager.CheckPasswordAsync(user, Input.Password))
        {
            ModelState.AddModelError(string.Empty, localizer["Please confirm your email address first: follow the link in the mail we sent you."]);
            NeedsConfirmation = true;
            return Page();
        }
        // Locked out or a wrong password: the same answer as an unknown email, so that five wrong
        // tries on someone's address do not reveal that it has an account.
        return Refused();
    }

    /// <summary>The unconfirmed account's owner gave the right password: the page offers the link again.</summary>
    public bool NeedsConfirmation { get; private set; }

    public int LockoutMinutes => (int)identityOptions.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes;

    public int LockoutAttempts => identityOptions.Value.Lockout.MaxFailedAccessAttempts;

    private PageResult Refused()
    {
        ModelState.AddModelError(string.Empty, localizer["Invalid email or password."]);
        return Page();
    }

    private static readonly string UnknownUserHash = new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser(), Guid.NewGuid().ToString());

    // Only our own pages: a returnUrl to another site would make this page a phishing relay.
    private string LocalReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/");

    public class InputModel
    {
        [Required(ErrorMessage = "Please enter your email address.")]
        [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Please enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Remember me")]
        public bool RememberMe { get; set; }
    }
}
