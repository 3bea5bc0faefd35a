namespace Shop.AlipaySandbox;

/// <summary>How the buyer pays at the cashier: the dual service offers both, escrow only escrow, the rest only instant.</summary>
public enum PaymentChoice
{
    /// <summary>The money waits with Alipay until the buyer confirms receipt.</summary>
    Escrow,

    /// <summary>The money goes to the seller straight away.</summary>
    Instant,
}
