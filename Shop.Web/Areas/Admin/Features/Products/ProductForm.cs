using System.Globalization;
using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// The product form as posted, its texts in both languages (<c>NameZh</c>, <c>NameEn</c>...): an
/// import of products fills one the same way. Numbers stay text here so that the service reads them strictly and
/// explains in the admin's language what is wrong, instead of model binding's generic message.
/// </summary>
public class ProductForm
{
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public string? Slug { get; set; }
    public string? ShortDescriptionZh { get; set; }
    public string? ShortDescriptionEn { get; set; }
    public string? DescriptionZh { get; set; }
    public string? DescriptionEn { get; set; }
    public string? Price { get; set; }

    /// <summary><see cref="ProductKind"/> by name; read on creation only, since a product keeps its kind.</summary>
    public string? Kind { get; set; }

    /// <summary><see cref="VirtualDelivery.Code"/> or <see cref="VirtualDelivery.File"/> by name, for virtual products.</summary>
    public string? Delivery { get; set; }

    public string? CategoryId { get; set; }

    /// <summary>Units on the shelf; physical products only.</summary>
    public string? Stock { get; set; }

    /// <summary>
    /// The stock shown when the form was opened. Orders take stock meanwhile, so a stock the admin did
    /// not touch is left as the orders left it rather than written back.
    /// </summary>
    public string? StockWhenOpened { get; set; }

    public bool Published { get; set; }
    public bool Featured { get; set; }
    public IFormFile? Image { get; set; }

    public static ProductForm For(Product product) => new()
    {
        NameZh = product.Name.Chinese,
        NameEn = product.Name.English,
        Slug = product.Slug,
        ShortDescriptionZh = product.ShortDescription.Chinese,
        ShortDescriptionEn = product.ShortDescription.English,
        DescriptionZh = product.Description.Chinese,
        DescriptionEn = product.Description.English,
        Price = product.Price.ToString("0.00", CultureInfo.InvariantCulture),
        Kind = product.Kind.ToString(),
        Delivery = product.Delivery.ToString(),
        CategoryId = product.CategoryId.ToString(CultureInfo.InvariantCulture),
        Stock = product.Stock.ToString(CultureInfo.InvariantCulture),
        StockWhenOpened = product.Stock.ToString(CultureInfo.InvariantCulture),
        Published = product.IsPublished,
        Featured = product.IsFeatured,
    };
}
