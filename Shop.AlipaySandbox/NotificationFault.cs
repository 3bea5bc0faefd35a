namespace Shop.AlipaySandbox;

/// <summary>
/// A fault waiting to be injected into the next notifications of one trade, or of any trade
/// when <see cref="TradeId"/> is null. Each notification uses up one of <see cref="Remaining"/>.
/// </summary>
public class NotificationFault
{
    private NotificationFault()
    {
    }

    public int Id { get; private set; }

    public int? TradeId { get; private set; }

    public FaultKind Kind { get; private set; }

    /// <summary>For <see cref="FaultKind.Delay"/>: how long the notification is held.</summary>
    public int DelaySeconds { get; private set; }

    /// <summary>How many more notifications get this fault.</summary>
    public int Remaining { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static NotificationFault For(int? tradeId, FaultKind kind, int delaySeconds, int count, DateTime now) => new()
    {
        TradeId = tradeId,
        Kind = kind,
        DelaySeconds = kind == FaultKind.Delay ? delaySeconds : 0,
        Remaining = count,
        CreatedAt = now,
    };

    public void UseOnce() => Remaining--;
}
