using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Shop.Web.Areas.Identity;
using Shop.Web.Data;
using Shop.Web.Features.Cart;
using Shop.Web.Features.Shared;

namespace Shop.Web.Configuration;

public static class IdentityConfiguration
{
    public static IServiceCollection AddShopIdentity(this IServiceCollection services)
    {
        services.AddDefaultIdentity<IdentityUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddEntityFrameworkStores<ShopDbContext>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Identity/Account/Login";
            options.AccessDeniedPath = "/Identity/Account/AccessDenied";
            // The anonymous cart joins the account's cart the moment the buyer signs in or registers.
            options.Events.OnSignedIn = MergeCartAsync;
        });
        return services;
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
