using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// The create or edit page of a product. <see cref="Product"/> is null on creation; on editing it is
/// the product as stored, which the page shows beside the form (kind, picture, codes, download).
/// </summary>
public sealed record ProductFormPage(
    ProductForm Form,
    IReadOnlyList<Category> Categories,
    Product? Product,
    long MaxImageBytes,
    long MaxDownloadBytes,
    bool EverOrdered = false,
    int UnsoldCodes = 0,
    FileInfo? DeliveryFile = null);
