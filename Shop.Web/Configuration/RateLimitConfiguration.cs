using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Shop.Web.Security;

namespace Shop.Web.Configuration;

/// <summary>
/// Limits on the forms an attacker would post in bulk (sign-in, registration, password reset,
/// donations, checkout), answered 429 with the shop's page; README: Rate limits.
/// </summary>
public static class RateLimitConfiguration
{
    /// <summary>Where the seconds to wait are kept for the 429 page, which is rendered by re-executing the request.</summary>
    public const string RetryAfterItem = "Shop.RetryAfterSeconds";

    public static IServiceCollection AddShopRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(options =>
        {
            foreach (var (name, limitOf) in RateLimitPolicies.All)
            {
                options.AddPolicy(name, context => RateLimitPolicies.PartitionFor(context, limitOf));
            }
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = OnRejected;
        });

        // The account pages are Identity's (some the shop's own, some the library's): the limits
        // go on by path, so whichever page serves a path is limited.
        services.Configure<RazorPagesOptions>(options =>
        {
            Limit(options, RateLimitPolicies.SignIn, "/Account/Login", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode");
            Limit(options, RateLimitPolicies.Registration, "/Account/Register");
            Limit(options, RateLimitPolicies.PasswordReset, "/Account/ForgotPassword", "/Account/ResetPassword");
        });
        return services;
    }

    /// <summary>After routing, so that the limiter sees which endpoint, and so which policy, a request is for.</summary>
    public static WebApplication UseShopRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static void Limit(RazorPagesOptions options, string policy, params string[] pages)
    {
        foreach (var page in pages)
        {
            options.Conventions.AddAreaPageApplicationModelConvention("Identity", page,
                (PageApplicationModel model) => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(policy)));
        }
    }

    /// <summary>
    /// Says when to come back (Retry-After) and leaves the body to the status code pages, which
    /// show the shop's localized page, or a ProblemDetails to a caller that does not take HTML.
    /// </summary>
    private static ValueTask OnRejected(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : RateLimitPolicies.RetryAfter(http);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Items[RetryAfterItem] = seconds;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitConfiguration))
            .LogWarning("Rate limit reached: {Method} {Path} from {Client}; retry after {Seconds} s",
                http.Request.Method, http.Request.Path, ClientAddress.PartitionOf(http), seconds);
        return ValueTask.CompletedTask;
    }
}
