using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Shop.Web.Features.Shared;

namespace Shop.Web.Areas.Admin;

/// <summary>
/// What an admin account needs before it reaches any admin page, besides the role: a confirmed
/// email address (the shop's alerts go there, and a password reset must reach its owner), and,
/// with <c>Admin:RequireTwoFactor</c>, two-factor sign-in turned on. An admin who lacks one is sent
/// to the account page that fixes it, with a word why.
/// </summary>
public class AdminAccountCheck(
    UserManager<IdentityUser> users,
    IOptionsMonitor<AdminAccountOptions> options,
    ITempDataDictionaryFactory tempData,
    IStringLocalizer<SharedResource> localizer) : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var principal = context.HttpContext.User;
        if (principal.Identity?.IsAuthenticated != true || !principal.IsInRole(Roles.Admin))
        {
            // Not an admin at all: the [Authorize] of AdminController answers.
            return;
        }
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return;
        }
        if (!user.EmailConfirmed)
        {
            Refuse(context, "/Account/Manage/Email", localizer["Confirm your email address before you use the admin pages: we can send you the link again below."]);
        }
        else if (options.CurrentValue.RequireTwoFactor && !user.TwoFactorEnabled)
        {
            Refuse(context, "/Account/Manage/TwoFactorAuthentication", localizer["This shop asks admins to turn on two-factor sign-in before they use the admin pages."]);
        }
    }

    private void Refuse(AuthorizationFilterContext context, string page, string why)
    {
        var flash = tempData.GetTempData(context.HttpContext);
        flash.Flash(FlashKind.Warning, why);
        // A result set by an authorization filter skips the filter that saves TempData.
        flash.Save();
        context.Result = new RedirectToPageResult(page, new { area = "Identity" });
    }
}
