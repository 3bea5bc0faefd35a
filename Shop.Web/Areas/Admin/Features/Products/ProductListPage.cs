using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>One page of the admin product list, with what the page needs to draw its filters.</summary>
public sealed record ProductListPage(
    ProductFilter Filter,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Product> Products,
    int TotalCount,
    int Page,
    int TotalPages,
    int LowStockThreshold);
