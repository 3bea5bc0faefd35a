using System.Globalization;

namespace Shop.Web.Features.Catalog;

/// <summary>
/// The catalog query as the URL gives it: <c>/catalog?category=SLUG&amp;q=TEXT&amp;sort=...&amp;page=N</c>.
/// Without a <c>sort</c>, a search is shown best match first and the catalog newest first.
/// </summary>
public sealed record ProductSearchCriteria(string? CategorySlug, string? Text, ProductSort Sort, int Page)
{
    public const int PageSize = 12;

    /// <summary>The order shown when the URL names none.</summary>
    public ProductSort DefaultSort => Text is null ? ProductSort.Newest : ProductSort.Relevance;

    public static ProductSearchCriteria FromQuery(string? category, string? q, string? sort, string? page)
    {
        var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        return new(
            string.IsNullOrWhiteSpace(category) ? null : category.Trim(),
            text,
            ParseSort(sort) ?? (text is null ? ProductSort.Newest : ProductSort.Relevance),
            ParsePage(page));
    }

    public static string SortValue(ProductSort sort) => sort switch
    {
        ProductSort.Relevance => "relevance",
        ProductSort.Name => "name",
        ProductSort.Price => "price",
        ProductSort.PriceDescending => "price-desc",
        _ => "newest",
    };

    /// <summary>
    /// A page number; anything else is page 1. A number too large for an int is still past the
    /// end, and the search shows the last page for it as for any page past the end.
    /// </summary>
    private static int ParsePage(string? page)
    {
        if (int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Math.Max(number, 1);
        }
        return !string.IsNullOrEmpty(page) && page.All(char.IsAsciiDigit) ? int.MaxValue : 1;
    }

    private static ProductSort? ParseSort(string? sort) => sort switch
    {
        "relevance" => ProductSort.Relevance,
        "newest" => ProductSort.Newest,
        "name" => ProductSort.Name,
        "price" => ProductSort.Price,
        "price-desc" => ProductSort.PriceDescending,
        _ => null,
    };
}
