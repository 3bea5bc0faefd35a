namespace Shop.Domain.Cart;

/// <summary>
/// A buyer's cart: product ids and quantities only. Prices are never kept here; they are read from
/// the catalog each time the cart is shown or checked out.
/// </summary>
public class Cart
{
    public const int MaxQuantityPerLine = 99;

    private readonly List<CartLine> _lines = [];

    private Cart()
    {
    }

    public Cart(Guid id, string? userId, DateTime now)
    {
        Id = id;
        UserId = userId;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The owner's account id; null for an anonymous cart, found through its cookie.</summary>
    public string? UserId { get; private set; }

    public DateTime UpdatedAt { get; private set; }
    public IReadOnlyList<CartLine> Lines => _lines;
    public int ItemCount => _lines.Sum(l => l.Quantity);
    public bool IsEmpty => _lines.Count == 0;

    public static bool IsValidQuantity(int quantity) => quantity is >= 1 and <= MaxQuantityPerLine;

    public bool Contains(int productId) => Find(productId) is not null;

    /// <summary>
    /// The item count the cart will have once <see cref="Reconcile"/> has seen these products,
    /// without changing anything: for the header's badge, which must not use up the notices
    /// that the cart page shows.
    /// </summary>
    public int ItemCountFor(IReadOnlyDictionary<int, CartProduct> products) =>
        ItemCountFor(_lines.Select(line => (line.ProductId, line.Quantity)), products);

    /// <summary><see cref="ItemCountFor(IReadOnlyDictionary{int, CartProduct})"/> of lines read on their own, without their cart.</summary>
    public static int ItemCountFor(IEnumerable<(int ProductId, int Quantity)> lines, IReadOnlyDictionary<int, CartProduct> products) =>
        lines.Sum(line =>
            !products.TryGetValue(line.ProductId, out var product) || !product.IsPurchasable
                ? 0
                : Math.Max(0, Math.Min(line.Quantity, product.AvailableQuantity ?? line.Quantity)));

    /// <summary>Adds units of a product; the quantity adds up with what the cart already holds.</summary>
    public CartNotice? Add(CartProduct product, int quantity, DateTime now)
    {
        if (!IsValidQuantity(quantity))
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"A quantity is 1 to {MaxQuantityPerLine}.");
        }
        var existing = Find(product.ProductId)?.Quantity ?? 0;
        return Put(product, existing + quantity, now);
    }

    /// <summary>
    /// Sets the quantity of a line; 0 removes it. Only a line the cart holds: a stale page must
    /// not bring back a line the buyer removed elsewhere.
    /// </summary>
    public CartNotice? SetQuantity(CartProduct product, int quantity, DateTime now)
    {
        if (!Contains(product.ProductId))
        {
            throw new InvalidOperationException($"The cart holds no line for product {product.ProductId}.");
        }
        if (quantity == 0)
        {
            Remove(product.ProductId, now);
            return null;
        }
        if (!IsValidQuantity(quantity))
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"A quantity is 0 to {MaxQuantityPerLine}.");
        }
        return Put(product, quantity, now);
    }

    public bool Remove(int productId, DateTime now)
    {
        var line = Find(productId);
        if (line is null)
        {
            return false;
        }
        _lines.Remove(line);
        UpdatedAt = now;
        return true;
    }

    public void Clear(DateTime now)
    {
        _lines.Clear();
        UpdatedAt = now;
    }

    /// <summary>
    /// Brings the lines of another cart (the anonymous one, at sign-in) into this one: quantities
    /// add up, capped by stock and the per-line maximum.
    /// </summary>
    public IReadOnlyList<CartNotice> MergeFrom(Cart other, IReadOnlyDictionary<int, CartProduct> products, DateTime now)
    {
        var notices = new List<CartNotice>();
        foreach (var line in other.Lines)
        {
            if (!products.TryGetValue(line.ProductId, out var product) || !product.IsPurchasable)
            {
                notices.Add(new CartNotice(CartNoticeKind.ProductUnavailable, line.ProductId, 0));
                continue;
            }
            var existing = Find(line.ProductId)?.Quantity ?? 0;
            if (Put(product, existing + line.Quantity, now) is { } notice)
            {
                notices.Add(notice);
            }
        }
        other.Clear(now);
        return notices;
    }

    /// <summary>
    /// Checks every line against the catalog as it is now: products that can no longer be bought
    /// drop out, quantities above stock come down to what is available.
    /// </summary>
    public IReadOnlyList<CartNotice> Reconcile(IReadOnlyDictionary<int, CartProduct> products, DateTime now)
    {
        var notices = new List<CartNotice>();
        foreach (var line in _lines.ToList())
        {
            if (!products.TryGetValue(line.ProductId, out var product) || !product.IsPurchasable)
            {
                Remove(line.ProductId, now);
                notices.Add(new CartNotice(CartNoticeKind.ProductUnavailable, line.ProductId, 0));
            }
            else if (Put(product, line.Quantity, now) is { } notice)
            {
                notices.Add(notice);
            }
        }
        return notices;
    }

    private CartNotice? Put(CartProduct product, int wanted, DateTime now)
    {
        if (!product.IsPurchasable)
        {
            Remove(product.ProductId, now);
            return new CartNotice(CartNoticeKind.ProductUnavailable, product.ProductId, 0);
        }

        var quantity = wanted;
        CartNotice? notice = null;
        if (quantity > MaxQuantityPerLine)
        {
            quantity = MaxQuantityPerLine;
            notice = new CartNotice(CartNoticeKind.CappedToMaximum, product.ProductId, quantity);
        }
        if (product.AvailableQuantity is { } available && quantity > available)
        {
            if (available <= 0)
            {
                Remove(product.ProductId, now);
                return new CartNotice(CartNoticeKind.OutOfStock, product.ProductId, 0);
            }
            quantity = available;
            notice = new CartNotice(CartNoticeKind.CappedToStock, product.ProductId, quantity);
        }

        var line = Find(product.ProductId);
        if (line is null)
        {
            _lines.Add(new CartLine(product.ProductId, quantity));
            UpdatedAt = now;
        }
        else if (line.Quantity != quantity)
        {
            line.Quantity = quantity;
            UpdatedAt = now;
        }
        return notice;
    }

    private CartLine? Find(int productId) => _lines.Find(l => l.ProductId == productId);
}
