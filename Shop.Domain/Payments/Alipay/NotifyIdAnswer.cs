namespace Shop.Domain.Payments.Alipay;

/// <summary>What <c>notify_verify</c> said about a notify_id (docs/alipay-protocol.md §5).</summary>
public enum NotifyIdAnswer
{
    /// <summary>"true": issued by Alipay to this partner and still valid.</summary>
    True,

    /// <summary>"false": unknown, expired, already acknowledged, or another partner's.</summary>
    False,

    /// <summary>"invalid": partner or notify_id missing or malformed.</summary>
    Invalid,

    /// <summary>No answer: network error, timeout, or a body that is none of the three words. Worth retrying.</summary>
    Unreachable,
}
