using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Shop.Web.Features.Shared;

namespace Shop.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>The owner's copy of what the shop holds about the account (JSON), and deleting the account.</summary>
[Authorize]
public class PersonalDataModel(
    UserManager<IdentityUser> users,
    SignInManager<IdentityUser> signInManager,
    PersonalData personalData,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostDownloadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var json = JsonSerializer.SerializeToUtf8Bytes(await personalData.ExportAsync(user), Indented);
        return File(json, "application/json", "personal-data.json");
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!await users.CheckPasswordAsync(user, Input.Password))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", localizer["The password is not right."]);
            return Page();
        }
        if (await personalData.HasOpenOrdersAsync(user))
        {
            ModelState.AddModelError(string.Empty, localizer["You have orders waiting for payment or for shipping. Pay or cancel them, or wait until they are shipped, then delete the account."]);
            return Page();
        }
        var deleted = await personalData.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            foreach (var error in deleted.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }
            return Page();
        }
        await signInManager.SignOutAsync();
        TempData.Flash(FlashKind.Message, localizer["Your account is deleted. Your past orders are kept for the shop's books without your name, email or address."]);
        return Redirect(Url.Content("~/"));
    }

    public class InputModel
    {
        [Required(ErrorMessage = "Please enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }
}
