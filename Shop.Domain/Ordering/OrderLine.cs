using Shop.Domain.Catalog;

namespace Shop.Domain.Ordering;

/// <summary>One product of an order, with its name and price as they were when the order was placed.</summary>
public class OrderLine
{
    private OrderLine()
    {
        ProductName = "";
    }

    public OrderLine(int productId, string productName, decimal unitPrice, int quantity, ProductKind kind, VirtualDelivery delivery)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        ProductId = productId;
        ProductName = productName;
        UnitPrice = Price.Require(unitPrice, nameof(unitPrice));
        Quantity = quantity;
        Kind = kind;
        Delivery = delivery;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public string ProductName { get; private set; }
    public decimal UnitPrice { get; private set; }
    public int Quantity { get; private set; }
    public ProductKind Kind { get; private set; }
    public VirtualDelivery Delivery { get; private set; }
    public decimal LineTotal => UnitPrice * Quantity;
}
