namespace Shop.Web.Features.Payments;

/// <summary>What processing a stored notification came to.</summary>
public enum NotificationOutcome
{
    /// <summary>Stored, being processed.</summary>
    Received,

    /// <summary>Verified and it moved the order.</summary>
    Applied,

    /// <summary>Verified, but the order was already there (late, out of order, or a copy).</summary>
    NoChange,

    /// <summary>An exact copy of a notification already applied: answered without asking Alipay again.</summary>
    Duplicate,

    /// <summary>Not believed: bad signature, notify_verify not true, wrong partner, unknown order, wrong amount.</summary>
    Rejected,

    /// <summary>Could not be processed now (gateway unreachable, database busy): Alipay will send it again.</summary>
    Failed,

    /// <summary>
    /// Stored, then never finished: the shop stopped while processing it (a crash, a restart).
    /// It was never answered <c>success</c>, so Alipay sends it again.
    /// </summary>
    Interrupted,

    /// <summary>Was <see cref="Interrupted"/>; Alipay's resend of it (same notify_id) has been processed since.</summary>
    Superseded,
}
