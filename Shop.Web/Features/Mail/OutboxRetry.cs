namespace Shop.Web.Features.Mail;

/// <summary>How long a message waits after a failed attempt: a minute, doubled each time, at most an hour.</summary>
public static class OutboxRetry
{
    public static readonly TimeSpan First = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    /// <summary>The wait after the attempt numbered <paramref name="attempts"/> (1 for the first) failed.</summary>
    public static TimeSpan DelayAfter(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 16);
        var delay = First * Math.Pow(2, doublings);
        return delay < Longest ? delay : Longest;
    }
}
