namespace Shop.Domain.Ordering;

/// <summary>Where the buyer's money is, kept apart from the order's status as nopCommerce does.</summary>
public enum PaymentState
{
    Unpaid,

    /// <summary>Paid into Alipay's escrow: released to the seller when the buyer confirms receipt.</summary>
    HeldInEscrow,

    Paid,
    Refunded,
}
