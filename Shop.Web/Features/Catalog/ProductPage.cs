using Shop.Domain.Catalog;

namespace Shop.Web.Features.Catalog;

/// <summary>One page of the catalog, with what the page needs to draw its filters and page links.</summary>
public sealed record ProductPage(
    ProductSearchCriteria Criteria,
    IReadOnlyList<Category> Categories,
    Category? Category,
    bool UnknownCategory,
    IReadOnlyList<Product> Products,
    int TotalCount,
    int Page,
    int TotalPages);
