using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Shop.Web.Areas.Identity;
using Shop.Web.Data;
using Shop.Web.Shopping;

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
            options.Events.OnSignedIn = context =>
                context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
                    ? context.HttpContext.RequestServices.GetRequiredService<ShoppingCart>().MergeAtSignInAsync(userId)
                    : Task.CompletedTask;
        });
        return services;
    }
}
