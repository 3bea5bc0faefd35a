namespace Shop.Domain.Catalog;

/// <summary>One code in the pool of a code-delivered virtual product; each is sold once.</summary>
public class ProductCode
{
    public const int MaxLength = 200;

    private ProductCode()
    {
        Code = "";
    }

    public ProductCode(int productId, string code, DateTime addedAt)
    {
        var trimmed = code.Trim();
        if (trimmed.Length is 0 or > MaxLength)
        {
            throw new ArgumentException($"A code is 1 to {MaxLength} characters.", nameof(code));
        }
        ProductId = productId;
        Code = trimmed;
        AddedAt = addedAt;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public string Code { get; private set; }
    public DateTime AddedAt { get; private set; }

    /// <summary>The order the code was delivered to; null while unsold.</summary>
    public int? OrderId { get; private set; }

    public int? OrderLineId { get; private set; }
    public DateTime? SoldAt { get; private set; }

    public bool IsSold => OrderId is not null;

    public void SellTo(int orderId, int orderLineId, DateTime now)
    {
        if (IsSold)
        {
            throw new InvalidOperationException("This code was already sold.");
        }
        OrderId = orderId;
        OrderLineId = orderLineId;
        SoldAt = now;
    }
}
