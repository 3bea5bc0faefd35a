using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>
/// A row of a product CSV file as read and checked. Null stands for a column the file does not
/// have or a cell left empty: a new product then gets the default, an existing one keeps its value.
/// <see cref="Stock"/> is always given for a physical product.
/// </summary>
public sealed record ProductCsvRow(
    int Line,
    string Slug,
    string Name,
    string? Description,
    decimal Price,
    int CategoryId,
    ProductKind Kind,
    int? Stock,
    bool? Published,
    bool? Featured);
