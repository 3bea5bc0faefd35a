namespace Shop.Web.Features.Payments;

/// <summary>
/// A notification exactly as it arrived, stored before it is answered, with what it did.
/// The admin's order page lists them; duplicates are recognised by <see cref="Fingerprint"/>.
/// </summary>
public class PaymentNotification
{
    public long Id { get; set; }
    public NotificationChannel Channel { get; set; }
    public DateTime ReceivedAt { get; set; }
    public string Charset { get; set; } = "";

    /// <summary>The decoded parameters, in arrival order, as a JSON object; <c>sign</c> included.</summary>
    public string Parameters { get; set; } = "{}";

    public string? NotifyId { get; set; }
    public string? OutTradeNo { get; set; }
    public string? TradeNo { get; set; }
    public string? TradeStatus { get; set; }
    public string? RefundStatus { get; set; }

    /// <summary>A hash over every parameter: two arrivals with the same one are the same notification.</summary>
    public string Fingerprint { get; set; } = "";

    public NotificationOutcome Outcome { get; set; }

    /// <summary>Why it was rejected or failed, or what it changed.</summary>
    public string? Detail { get; set; }

    public int? OrderId { get; set; }
    public DateTime? ProcessedAt { get; set; }
}
