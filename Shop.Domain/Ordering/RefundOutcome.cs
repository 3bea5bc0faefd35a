namespace Shop.Domain.Ordering;

/// <summary>What a refund's result did to its order.</summary>
public enum RefundOutcome
{
    /// <summary>Already resolved by an earlier copy of the result: nothing changed.</summary>
    AlreadyResolved,

    /// <summary>Refunded; the order may now be fully refunded.</summary>
    Succeeded,

    /// <summary>Alipay refused it: the order stays paid.</summary>
    Failed,
}
