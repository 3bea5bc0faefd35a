using System.Text.Json;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// A server notification to a trade's notify_url: the signed parameters exactly as they are
/// sent, where it stands on Alipay's resend schedule, the faults injected into it, and every attempt.
/// </summary>
public class SandboxNotification
{
    private SandboxNotification()
    {
    }

    public int Id { get; private set; }

    public int TradeId { get; private set; }

    public string NotifyId { get; private set; } = "";

    public NotificationOrigin Origin { get; private set; }

    /// <summary>The trade_status it carries, to list it without reading the parameters.</summary>
    public string TradeStatus { get; private set; } = "";

    public string Charset { get; private set; } = "";

    public string NotifyUrl { get; private set; } = "";

    /// <summary>The parameters in the order they are sent, sign included, as a JSON object.</summary>
    public string Parameters { get; private set; } = "{}";

    public DateTime CreatedAt { get; private set; }

    public NotificationState State { get; private set; }

    /// <summary>When the next attempt is due; null once it is acknowledged, given up or dropped.</summary>
    public DateTime? NextAttemptAt { get; private set; }

    public int AttemptCount { get; private set; }

    /// <summary>The "reorder" fault: not sent before the trade's next notification has gone out.</summary>
    public bool HeldForNext { get; private set; }

    /// <summary>The faults injected into it, comma-separated <see cref="FaultKind"/> names.</summary>
    public string Faults { get; private set; } = "";

    public List<NotificationAttempt> Attempts { get; private set; } = [];

    public AlipayCharset InputCharset => AlipayCharset.FromName(Charset);

    public IEnumerable<FaultKind> InjectedFaults =>
        Faults.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<FaultKind>);

    public static SandboxNotification Create(
        string notifyId, IReadOnlyDictionary<string, string> parameters, AlipayCharset charset, string notifyUrl, DateTime now) => new()
        {
            NotifyId = notifyId,
            Origin = NotificationOrigin.Original,
            // A refund's result has no trade_status: it is listed by its notify_type.
            TradeStatus = parameters.GetValueOrDefault("trade_status") ?? parameters.GetValueOrDefault("notify_type", ""),
            Charset = charset.Name,
            NotifyUrl = notifyUrl,
            Parameters = JsonSerializer.Serialize(parameters),
            CreatedAt = now,
            State = NotificationState.Pending,
            NextAttemptAt = now,
        };

    /// <summary>Another notification with the same notify_id, to be sent after this one.</summary>
    public SandboxNotification Copy(NotificationOrigin origin, IReadOnlyDictionary<string, string> parameters, DateTime now) => new()
    {
        NotifyId = NotifyId,
        Origin = origin,
        TradeStatus = TradeStatus,
        Charset = Charset,
        NotifyUrl = NotifyUrl,
        Parameters = JsonSerializer.Serialize(parameters),
        CreatedAt = now,
        State = NotificationState.Pending,
        NextAttemptAt = now,
    };

    public IReadOnlyDictionary<string, string> ReadParameters() =>
        JsonSerializer.Deserialize<OrderedDictionary<string, string>>(Parameters) ?? new OrderedDictionary<string, string>();

    public void Inject(FaultKind fault, int delaySeconds, DateTime now)
    {
        switch (fault)
        {
            case FaultKind.Drop:
                State = NotificationState.Dropped;
                NextAttemptAt = null;
                break;
            case FaultKind.Delay:
                NextAttemptAt = now.AddSeconds(delaySeconds);
                break;
            case FaultKind.Reorder:
                HeldForNext = true;
                break;
            case FaultKind.BadSignature:
                Parameters = JsonSerializer.Serialize(WithCorruptedSign(ReadParameters()));
                break;
        }

        Faults = string.Join(',', InjectedFaults.Append(fault).Distinct());
    }

    /// <summary>Records an attempt; <paramref name="nextAttemptAt"/> is null when no attempt is left.</summary>
    public void Record(NotificationAttempt attempt, DateTime? nextAttemptAt)
    {
        Attempts.Add(attempt);
        AttemptCount++;
        if (attempt.Succeeded)
        {
            State = NotificationState.Acknowledged;
            NextAttemptAt = null;
        }
        else if (nextAttemptAt is null)
        {
            State = NotificationState.GaveUp;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = nextAttemptAt;
        }
    }

    // Still 32 lower-case hex digits, so only a merchant that checks the sign notices.
    private static OrderedDictionary<string, string> WithCorruptedSign(IReadOnlyDictionary<string, string> parameters)
    {
        var corrupted = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            corrupted[name] = name == "sign" ? value[..^1] + (value[^1] == '0' ? '1' : '0') : value;
        }

        return corrupted;
    }
}
