using System.Globalization;
using Shop.Domain.Ordering;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>
/// The admin order list's query:
/// <c>/admin/orders?q=TEXT&amp;status=AwaitingShipment&amp;kind=physical|virtual|donation&amp;from=2026-11-01&amp;to=2026-11-30&amp;sort=newest|oldest|total&amp;attention=yes&amp;page=N</c>.
/// The dates are days in China, both included. Values it does not know are ignored, as if not given.
/// </summary>
public sealed record OrderFilter(
    string? Text, OrderStatus? Status, OrderKind? Kind, DateOnly? From, DateOnly? To, string Sort, bool NeedsAttention, int Page)
{
    public const int PageSize = 25;
    public const string Newest = "newest";
    public const string Oldest = "oldest";
    public const string HighestTotal = "total";
    public static readonly IReadOnlyList<string> Sorts = [Newest, Oldest, HighestTotal];

    public static OrderFilter All { get; } = new(null, null, null, null, null, Newest, false, 1);

    public static OrderFilter FromQuery(IQueryCollection query)
    {
        var q = query["q"].ToString().Trim();
        var sort = query["sort"].ToString();
        return new OrderFilter(
            q.Length == 0 ? null : q,
            NamedValue<OrderStatus>(query["status"]),
            NamedValue<OrderKind>(query["kind"]),
            Date(query["from"]),
            Date(query["to"]),
            Sorts.Contains(sort) ? sort : Newest,
            query["attention"] == "yes",
            int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1);
    }

    /// <summary>The query string of this filter on another page (or the first, with <paramref name="page"/> 1).</summary>
    public string QueryString(int page)
    {
        string?[] parts =
        [
            Text is null ? null : "q=" + Uri.EscapeDataString(Text),
            Status is null ? null : "status=" + Status,
            Kind is null ? null : "kind=" + Kind.Value.ToString().ToLowerInvariant(),
            From is null ? null : "from=" + From.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            To is null ? null : "to=" + To.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Sort == Newest ? null : "sort=" + Sort,
            NeedsAttention ? "attention=yes" : null,
            page > 1 ? "page=" + page.ToString(CultureInfo.InvariantCulture) : null,
        ];
        var given = parts.OfType<string>().ToList();
        return given.Count == 0 ? "" : "?" + string.Join("&", given);
    }

    public bool IsEmpty => this with { Page = 1 } == All;

    // Only a name: Enum.TryParse would also take "3" or "1,2".
    private static T? NamedValue<T>(string? name) where T : struct, Enum =>
        Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) is { } known
            ? Enum.Parse<T>(known)
            : null;

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
