namespace Shop.Web.Features.Catalog;

/// <summary>
/// Which page links the catalog's pager shows, so that it stays one short row however many pages
/// there are: the first and the last page, and up to <see cref="Around"/> pages around the current
/// one, with a gap (null, shown as "…") where two pages or more are left out: 1 … 5 6 [7] 8 9 … 40
/// (a single page left out is shown instead of a gap).
/// </summary>
public static class CatalogPager
{
    public const int Around = 7;

    public static IReadOnlyList<int?> Links(int page, int totalPages)
    {
        if (totalPages <= Around + 2)
        {
            return Enumerable.Range(1, totalPages).Select(number => (int?)number).ToList();
        }
        var first = Math.Clamp(page - Around / 2, 2, totalPages - Around);
        var last = first + Around - 1;
        var links = new List<int?> { 1 };
        if (first > 2)
        {
            links.Add(first == 3 ? 2 : null);
        }
        links.AddRange(Enumerable.Range(first, Around).Select(number => (int?)number));
        if (last < totalPages - 1)
        {
            links.Add(last == totalPages - 2 ? totalPages - 1 : null);
        }
        links.Add(totalPages);
        return links;
    }
}
