namespace Shop.Web.Catalog;

/// <summary>The catalog query as the URL gives it: <c>/catalog?category=SLUG&amp;q=TEXT&amp;sort=...&amp;page=N</c>.</summary>
public sealed record ProductSearchCriteria(string? CategorySlug, string? Text, ProductSort Sort, int Page)
{
    public const int PageSize = 12;

    public static ProductSearchCriteria FromQuery(string? category, string? q, string? sort, string? page) =>
        new(
            string.IsNullOrWhiteSpace(category) ? null : category.Trim(),
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
            ParseSort(sort),
            int.TryParse(page, out var number) && number > 0 ? number : 1);

    public static string SortValue(ProductSort sort) => sort switch
    {
        ProductSort.Name => "name",
        ProductSort.Price => "price",
        ProductSort.PriceDescending => "price-desc",
        _ => "newest",
    };

    private static ProductSort ParseSort(string? sort) => sort switch
    {
        "name" => ProductSort.Name,
        "price" => ProductSort.Price,
        "price-desc" => ProductSort.PriceDescending,
        _ => ProductSort.Newest,
    };
}
