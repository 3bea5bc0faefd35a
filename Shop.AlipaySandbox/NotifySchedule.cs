using Microsoft.Extensions.Options;

namespace Shop.AlipaySandbox;

/// <summary>
/// Alipay's resend schedule (docs/alipay-protocol.md §4): 8 attempts, the resends 2m, 10m, 10m, 1h,
/// 2h, 6h and 15h after the one before, all multiplied by
/// <c>Alipay:Sandbox:NotifyScheduleScale</c>.
/// </summary>
public class NotifySchedule(IOptions<SandboxOptions> options)
{
    public const int MaxAttempts = 8;

    public static readonly IReadOnlyList<TimeSpan> Resends =
    [
        TimeSpan.FromMinutes(2),
        TimeSpan.FromMinutes(10),
        TimeSpan.FromMinutes(10),
        TimeSpan.FromHours(1),
        TimeSpan.FromHours(2),
        TimeSpan.FromHours(6),
        TimeSpan.FromHours(15),
    ];

    /// <summary>When to try again after <paramref name="attemptsMade"/> failed attempts; null when none is left.</summary>
    public DateTime? NextAttemptAt(int attemptsMade, DateTime lastAttemptEnded) =>
        attemptsMade >= MaxAttempts
            ? null
            : lastAttemptEnded + Resends[attemptsMade - 1] * options.Value.NotifyScheduleScale;
}
