namespace Shop.Domain.Ordering;

public enum OrderKind
{
    /// <summary>At least one physical item: shipped, paid through the dual (escrow or instant) service.</summary>
    Physical,

    /// <summary>Virtual items only: delivered on the order page when payment is confirmed.</summary>
    Virtual,

    /// <summary>A gift of any amount.</summary>
    Donation,
}
