namespace Shop.Web.Features.Payments;

/// <summary>
/// A request to notify_url or return_url that was not believed to be Alipay's (too large,
/// malformed, or not signed with the shop's key), kept as evidence in bounded form only: the start
/// of its raw text and counts, never its parameters as if they were a notification. Listed apart
/// from the notifications of orders (/admin/rejected-notifications), purged after
/// <c>Alipay:RejectedNotificationRetentionDays</c>, and never more than
/// <c>Alipay:RejectedNotificationMaxRows</c> of them.
/// </summary>
public class RejectedNotification
{
    /// <summary>How much of the raw text is kept.</summary>
    public const int RawTextMaxLength = 4096;

    public const int DetailMaxLength = 500;

    public long Id { get; set; }
    public NotificationChannel Channel { get; set; }
    public DateTime ReceivedAt { get; set; }
    public RejectionReason Reason { get; set; }

    /// <summary>What exactly was wrong, for the admin.</summary>
    public string Detail { get; set; } = "";

    /// <summary>The order number the request named, if it could be read: a claim, not a link.</summary>
    public string? OutTradeNo { get; set; }

    /// <summary>The first <see cref="RawTextMaxLength"/> characters of the body (notify) or query string (return).</summary>
    public string RawText { get; set; } = "";

    /// <summary>The size of the whole request body or query string, as sent or declared.</summary>
    public long ByteCount { get; set; }

    /// <summary>How many parameters it had (counted, not kept); null when it was not read at all.</summary>
    public int? ParameterCount { get; set; }

    public string? RemoteAddress { get; set; }
}
