using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Shop.Web.Security;

/// <summary>
/// The rate limits of the forms an attacker would post in bulk, by name (README: Rate limits).
/// Each counts the posts of one client address (<see cref="ClientAddress.PartitionOf"/>) in a
/// sliding window; reading a page (GET, HEAD) is never limited, so a policy may be put on a
/// Razor Page that both shows and takes a form.
/// </summary>
public static class RateLimitPolicies
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";

    /// <summary>For the forgot-password and reset-password forms, whichever pages serve them.</summary>
    public const string PasswordReset = "password-reset";

    public const string Donation = "donation";
    public const string Checkout = "checkout";

    public static readonly IReadOnlyDictionary<string, Func<RateLimitOptions, FormLimit>> All =
        new Dictionary<string, Func<RateLimitOptions, FormLimit>>
        {
            [SignIn] = options => options.SignIn,
            [Registration] = options => options.Registration,
            [PasswordReset] = options => options.PasswordReset,
            [Donation] = options => options.Donation,
            [Checkout] = options => options.Checkout,
        };

    // Enough to smooth the window's edge: a burst at the end of one window and the start of the
    // next cannot double the limit.
    private const int SegmentsPerWindow = 6;

    /// <summary>
    /// How long a refused client should wait: one segment of the window of the endpoint's policy,
    /// after which the oldest posts start to slide out. The sliding window limiter itself does not say.
    /// </summary>
    public static TimeSpan RetryAfter(HttpContext context)
    {
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        if (policy is null || !All.TryGetValue(policy, out var limitOf))
        {
            return TimeSpan.FromMinutes(1);
        }
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue;
        return TimeSpan.FromSeconds(Math.Max(1, limitOf(options).WindowSeconds) / (double)SegmentsPerWindow);
    }

    /// <summary>The partition of a request under the limit <paramref name="limitOf"/> picks from the settings.</summary>
    public static RateLimitPartition<string> PartitionFor(HttpContext context, Func<RateLimitOptions, FormLimit> limitOf)
    {
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue;
        var method = context.Request.Method;
        if (!options.Enabled || HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var limit = limitOf(options);
        return RateLimitPartition.GetSlidingWindowLimiter(ClientAddress.PartitionOf(context), _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit.PermitLimit),
            Window = TimeSpan.FromSeconds(Math.Max(1, limit.WindowSeconds)),
            SegmentsPerWindow = SegmentsPerWindow,
            QueueLimit = 0,
        });
    }
}
