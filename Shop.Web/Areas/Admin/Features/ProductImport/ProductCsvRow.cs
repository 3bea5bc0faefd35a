using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>
/// A row of a product CSV file as read and checked. Null stands for a column the file does not
/// have or a cell left empty: a new product then gets the default, an existing one keeps its value.
/// <see cref="Stock"/> is always given for a physical product. A text's language left out is
/// likewise the default (none) for a new product and kept for an existing one.
/// </summary>
public sealed record ProductCsvRow(
    int Line,
    string Slug,
    LocalizedText Name,
    LocalizedText? Description,
    decimal Price,
    int CategoryId,
    ProductKind Kind,
    int? Stock,
    bool? Published,
    bool? Featured);
