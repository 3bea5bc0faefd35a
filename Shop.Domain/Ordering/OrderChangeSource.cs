namespace Shop.Domain.Ordering;

/// <summary>Who moved an order.</summary>
public enum OrderChangeSource
{
    Buyer,
    Alipay,
    Admin,
    System,
}
