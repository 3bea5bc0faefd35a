using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// A product form as read and checked: what to store. <see cref="Stock"/> is null for a stock left
/// as it is (or none, for a virtual product), <see cref="Image"/> when no new picture was chosen.
/// </summary>
public sealed record ProductFormValues(
    LocalizedText Name,
    string Slug,
    LocalizedText ShortDescription,
    LocalizedText Description,
    decimal Price,
    int CategoryId,
    ProductKind Kind,
    VirtualDelivery Delivery,
    int? Stock,
    ProductImageFormat? Image);
