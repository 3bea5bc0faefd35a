namespace Shop.Domain.Catalog;

public class Product
{
    /// <summary>The longest name, in characters, in each language.</summary>
    public const int NameMaxLength = 100;

    /// <summary>The longest short description (the line under the name), in each language.</summary>
    public const int ShortDescriptionMaxLength = 200;

    /// <summary>The longest description (the product page's text), in each language.</summary>
    public const int DescriptionMaxLength = 4000;

    private Product()
    {
        Name = LocalizedText.Empty;
        Slug = "";
        ShortDescription = LocalizedText.Empty;
        Description = LocalizedText.Empty;
    }

    public Product(
        LocalizedText name, string slug, LocalizedText shortDescription, LocalizedText description, decimal price,
        ProductKind kind, int categoryId, DateTime createdAt, VirtualDelivery delivery = VirtualDelivery.None)
    {
        Name = LocalizedText.Empty;
        Slug = "";
        ShortDescription = LocalizedText.Empty;
        Description = LocalizedText.Empty;
        Kind = kind;
        Delivery = kind == ProductKind.Physical ? VirtualDelivery.None : RequireDelivery(delivery);
        CreatedAt = createdAt;
        Update(name, slug, shortDescription, description, price, categoryId);
    }

    public int Id { get; private set; }
    /// <summary>The name in Chinese, English or both: never in neither.</summary>
    public LocalizedText Name { get; private set; }

    /// <summary>One slug for both languages: a product has one web address.</summary>
    public string Slug { get; private set; }

    /// <summary>A line about the product, shown under its name; may be empty.</summary>
    public LocalizedText ShortDescription { get; private set; }

    /// <summary>The product page's text; may be empty.</summary>
    public LocalizedText Description { get; private set; }
    public decimal Price { get; private set; }
    public ProductKind Kind { get; private set; }
    public VirtualDelivery Delivery { get; private set; }
    public int CategoryId { get; private set; }
    public Category? Category { get; private set; }

    /// <summary>
    /// Units that can still be sold: the shelf for physical goods, the unsold codes of the pool for
    /// code-delivered virtual goods. Unused for file-delivered goods, which never run out.
    /// </summary>
    public int Stock { get; private set; }

    public bool IsPublished { get; private set; }
    public bool IsFeatured { get; private set; }

    /// <summary>Site-relative URL of the product picture, or null for the placeholder.</summary>
    public string? ImageUrl { get; private set; }

    /// <summary>Stored name of the file a file-delivered product hands to its buyers.</summary>
    public string? DeliveryFileName { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public bool TracksStock => Kind == ProductKind.Physical || Delivery == VirtualDelivery.Code;

    /// <summary>How many units one buyer may take now; null when the product never runs out.</summary>
    public int? AvailableQuantity => TracksStock ? Stock : null;

    public bool IsAvailable => IsPublished && (!TracksStock || Stock > 0)
        && (Delivery != VirtualDelivery.File || DeliveryFileName is not null);

    public void Update(
        LocalizedText name, string slug, LocalizedText shortDescription, LocalizedText description, decimal price, int categoryId)
    {
        if (name.IsEmpty || name.LongestLength > NameMaxLength)
        {
            throw new ArgumentException($"A product name is 1 to {NameMaxLength} characters in at least one language.", nameof(name));
        }
        if (!Catalog.Slug.IsValid(slug))
        {
            throw new ArgumentException("A slug is lower-case letters and digits joined by hyphens.", nameof(slug));
        }
        if (shortDescription.LongestLength > ShortDescriptionMaxLength)
        {
            throw new ArgumentException($"A short description is at most {ShortDescriptionMaxLength} characters.", nameof(shortDescription));
        }
        if (description.LongestLength > DescriptionMaxLength)
        {
            throw new ArgumentException($"A description is at most {DescriptionMaxLength} characters.", nameof(description));
        }
        Name = name;
        Slug = slug;
        ShortDescription = shortDescription;
        Description = description;
        Price = Catalog.Price.Require(price, nameof(price));
        CategoryId = categoryId;
    }

    /// <summary>Some text is written in one language and not the other: a translation to do.</summary>
    public bool IsMissingTextIn(Language language) =>
        Name.IsMissingIn(language) || ShortDescription.IsMissingIn(language) || Description.IsMissingIn(language);

    /// <summary>Sets the shelf of a physical product; virtual goods count their codes or never run out.</summary>
    public void SetStock(int stock)
    {
        if (Delivery == VirtualDelivery.Code)
        {
            throw new InvalidOperationException("The stock of a code-delivered product is the size of its code pool.");
        }
        if (Delivery == VirtualDelivery.File)
        {
            throw new InvalidOperationException("A file-delivered product never runs out: it has no stock.");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(stock);
        Stock = stock;
    }

    /// <summary>Codes were added to the pool of a code-delivered product.</summary>
    public void AddCodes(int count)
    {
        if (Delivery != VirtualDelivery.Code)
        {
            throw new InvalidOperationException("Only code-delivered products have a code pool.");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Stock += count;
    }

    /// <summary>
    /// Unsold codes are about to leave the pool. False, and nothing changes, when fewer than
    /// <paramref name="count"/> codes are free: the rest are held for orders waiting for payment.
    /// </summary>
    public bool TryRemoveCodes(int count)
    {
        if (Delivery != VirtualDelivery.Code)
        {
            throw new InvalidOperationException("Only code-delivered products have a code pool.");
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (Stock < count)
        {
            return false;
        }
        Stock -= count;
        return true;
    }

    public void SetDeliveryFile(string storedFileName)
    {
        if (Delivery != VirtualDelivery.File)
        {
            throw new InvalidOperationException("Only file-delivered products have a download.");
        }
        DeliveryFileName = storedFileName;
    }

    public void SetImage(string? imageUrl) => ImageUrl = imageUrl;

    public void Publish() => IsPublished = true;

    public void Unpublish() => IsPublished = false;

    public void SetFeatured(bool featured) => IsFeatured = featured;

    /// <summary>Takes units off the shelf for an order; false when there are not enough.</summary>
    public bool TryReserve(int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        if (!TracksStock)
        {
            return true;
        }
        if (Stock < quantity)
        {
            return false;
        }
        Stock -= quantity;
        return true;
    }

    /// <summary>Puts reserved units back, when their order closes unpaid.</summary>
    public void Release(int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        if (TracksStock)
        {
            Stock += quantity;
        }
    }

    private static VirtualDelivery RequireDelivery(VirtualDelivery delivery) =>
        delivery == VirtualDelivery.None
            ? throw new ArgumentException("A virtual product is delivered by code or by file.", nameof(delivery))
            : delivery;
}
