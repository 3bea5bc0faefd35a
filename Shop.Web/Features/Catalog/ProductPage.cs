using Shop.Domain.Catalog;

namespace Shop.Web.Features.Catalog;

/// <summary>
/// One page of the catalog, with what the page needs to draw its filters and page links.
/// <see cref="IsSearch"/>: the query has words to look for (not only punctuation). When a
/// search found nothing: <see cref="DidYouMean"/> is a query close to the one typed that finds
/// something, and <see cref="CountInAllCategories"/> how many the same search finds outside the
/// category chosen.
/// </summary>
public sealed record ProductPage(
    ProductSearchCriteria Criteria,
    IReadOnlyList<Category> Categories,
    Category? Category,
    bool UnknownCategory,
    IReadOnlyList<Product> Products,
    int TotalCount,
    int Page,
    int TotalPages,
    bool IsSearch,
    string? DidYouMean = null,
    int CountInAllCategories = 0);
