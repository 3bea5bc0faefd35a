using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.ProductCodes;

/// <summary>The code pool of one product: a page of its codes, newest first, and the upload form.</summary>
public sealed record ProductCodesPage(
    Product Product,
    IReadOnlyList<ProductCodeRow> Codes,
    int UnsoldCount,
    int SoldCount,
    int Page,
    int TotalPages,
    string? PastedCodes = null);
