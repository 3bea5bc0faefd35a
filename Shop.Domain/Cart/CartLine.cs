namespace Shop.Domain.Cart;

public class CartLine
{
    private CartLine()
    {
    }

    internal CartLine(int productId, int quantity)
    {
        ProductId = productId;
        Quantity = quantity;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public int Quantity { get; internal set; }
}
