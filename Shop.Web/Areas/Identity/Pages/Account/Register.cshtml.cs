using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Shop.Web.Features.Mail;

namespace Shop.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Registration that reveals nothing about who has an account: a new address gets an account and
/// a confirmation link, a taken one a mail telling its owner that someone tried; both see the
/// same "check your mail" page, and neither is signed in here. Unless
/// <c>Identity:RequireConfirmedEmail</c> is on, the new account can sign in at once without the link.
/// </summary>
[AllowAnonymous]
public class RegisterModel(
    UserManager<IdentityUser> userManager,
    AccountMail mail,
    IOptions<IdentityOptions> identityOptions) : PageModel
{
    public int RequiredPasswordLength => identityOptions.Value.Password.RequiredLength;

    /// <summary>Signing in needs the link first (<c>Identity:RequireConfirmedEmail</c>).</summary>
    public bool ConfirmationRequired => identityOptions.Value.SignIn.RequireConfirmedEmail;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The form was taken: the page says to check the mail (the same for a new and a taken address).</summary>
    public string? SentTo { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The password's rules first, and alone: an answer about the address would tell that it is taken.
        var user = new IdentityUser { UserName = Input.Email, Email = Input.Email };
        var passwordProblems = new List<IdentityError>();
        foreach (var validator in userManager.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(userManager, user, Input.Password);
            passwordProblems.AddRange(checkedPassword.Errors);
        }
        if (passwordProblems.Count > 0)
        {
            foreach (var description in passwordProblems.Select(e => e.Description).Distinct())
            {
                ModelState.AddModelError(string.Empty, description);
            }
            return Page();
        }

        var existing = await userManager.FindByEmailAsync(Input.Email);
        if (existing is not null)
        {
            await mail.RegistrationAttemptAsync(existing);
            return CheckYourMail();
        }

        var created = await userManager.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            // Taken a moment ago by another registration: said the same way as a taken address.
            if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                return CheckYourMail();
            }
            foreach (var description in created.Errors.Select(e => e.Description).Distinct())
            {
                ModelState.AddModelError(string.Empty, description);
            }
            return Page();
        }
        await AccountCulture.RecordAsync(userManager, user, MailCulture.Current);
        await mail.EmailConfirmationAsync(user, await userManager.GenerateEmailConfirmationTokenAsync(user), LocalReturnUrl);
        return CheckYourMail();
    }

    private PageResult CheckYourMail()
    {
        SentTo = Input.Email;
        Input = new InputModel { Email = Input.Email };
        return Page();
    }

    // Only our own pages: a returnUrl to another site would make this page a phishing relay.
    private string LocalReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/");

    public class InputModel
    {
        [Required(ErrorMessage = "Please enter your email address.")]
        [EmailAddress(ErrorMessage = "Please enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        // Length and character rules are Identity's password options; its errors say what is missing.
        [Required(ErrorMessage = "Please choose a password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Please enter the password again.")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        [Display(Name = "Confirm password")]
        public string ConfirmPassword { get; set; } = "";
    }
}
