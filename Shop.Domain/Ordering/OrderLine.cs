using Shop.Domain.Catalog;

namespace Shop.Domain.Ordering;

/// <summary>
/// One product of an order, with its name (in both languages, as far as it was written) and price as
/// they were when the order was placed: renaming the product later changes no order.
/// </summary>
public class OrderLine
{
    private OrderLine()
    {
        ProductName = LocalizedText.Empty;
    }

    public OrderLine(int productId, LocalizedText productName, decimal unitPrice, int quantity, ProductKind kind, VirtualDelivery delivery)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        if (productName.IsEmpty)
        {
            throw new ArgumentException("An order line names its product.", nameof(productName));
        }
        ProductId = productId;
        ProductName = productName;
        UnitPrice = Price.Require(unitPrice, nameof(unitPrice));
        Quantity = quantity;
        Kind = kind;
        Delivery = delivery;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public LocalizedText ProductName { get; private set; }
    public decimal UnitPrice { get; private set; }
    public int Quantity { get; private set; }
    public ProductKind Kind { get; private set; }
    public VirtualDelivery Delivery { get; private set; }
    public decimal LineTotal => UnitPrice * Quantity;
}
