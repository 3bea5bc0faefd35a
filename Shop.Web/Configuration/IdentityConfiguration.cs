using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Shop.Web.Areas.Admin;
using Shop.Web.Areas.Identity;
using Shop.Web.Data;
using Shop.Web.Features.Cart;
using Shop.Web.Features.Shared;

namespace Shop.Web.Configuration;

public static class IdentityConfiguration
{
    /// <summary>
    /// Identity with the shop's own pages only (Areas/Identity): the cookies and services of
    /// AddDefaultIdentity without Identity UI's pages, so no default page can be reached.
    /// </summary>
    public static IServiceCollection AddShopIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.Stores.MaxLengthForKeys = 128;
                // Off by default, so a buyer can check out straight after registering; admins need it anyway (AdminAccountCheck).
                options.SignIn.RequireConfirmedEmail = configuration.GetValue("Identity:RequireConfirmedEmail", false);
                options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.ProviderName)
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddEntityFrameworkStores<ShopDbContext>();
        services.Configure<PasswordResetTokenProviderOptions>(options =>
            options.TokenLifespan = TimeSpan.FromMinutes(configuration.GetValue("Identity:ResetLinkMinutes", 120)));
        services.Configure<AdminAccountOptions>(configuration.GetSection(AdminAccountOptions.Section));
        services.AddScoped<AdminAccountCheck>();
        services.AddScoped<PersonalData>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Identity/Account/Login";
            options.AccessDeniedPath = "/Identity/Account/AccessDenied";
            // The anonymous cart joins the account's cart the moment the buyer signs in or registers.
            options.Events.OnSignedIn = MergeCartAsync;
            options.Events.OnValidatePrincipal = ValidateSecurityStampWhenDueAsync;
        });
        return services;
    }

    /// <summary>
    /// Identity's security-stamp check (a changed password signs out every other browser) asks the
    /// database once per <see cref="SecurityStampValidatorOptions.ValidationInterval"/> of a
    /// cookie's life, and does nothing in between; but resolving it builds SignInManager, UserManager
    /// and a DbContext on every signed-in request, which cost more than a cached page. So the same
    /// "is it due?" rule is asked first, and Identity's validator only when it is.
    /// </summary>
    private static Task ValidateSecurityStampWhenDueAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        if (context.Properties.IssuedUtc is { } issued && now - issued <= options.ValidationInterval)
        {
            return Task.CompletedTask;
        }
        return SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static async Task MergeCartAsync(CookieSignedInContext context)
    {
        if (context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return;
        }
        var services = context.HttpContext.RequestServices;
        var messages = await services.GetRequiredService<ShoppingCart>().MergeAtSignInAsync(userId);
        if (messages.Count > 0)
        {
            // Lines capped by stock or dropped on the way are told on the page the buyer lands on,
            // as the cart's own warnings are.
            var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();
            var tempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext);
            tempData.Flash(FlashKind.Warning, string.Join(" ", messages.Select(m => CartNoticeText.Describe(m.Notice, m.ProductName, localizer))));
        }
    }
}
