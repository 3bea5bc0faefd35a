using System.Globalization;
using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// The admin product list's query:
/// <c>/admin/products?q=TEXT&amp;category=ID&amp;kind=physical|code|file&amp;published=yes|no&amp;missing=en|zh&amp;page=N</c>
/// (<c>missing</c>: products with a text written in the other language but not in this one).
/// Values it does not know are ignored, as if not given.
/// </summary>
public sealed record ProductFilter(string? Text, int? CategoryId, string? Kind, bool? Published, int Page, Language? MissingIn = null)
{
    public const int PageSize = 20;
    public static readonly IReadOnlyList<string> Kinds = ["physical", "code", "file"];

    public static ProductFilter FromQuery(string? q, string? category, string? kind, string? published, string? page, string? missing = null) =>
        new(
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
            int.TryParse(category, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null,
            Kinds.Contains(kind) ? kind : null,
            published switch { "yes" => true, "no" => false, _ => null },
            int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : 1,
            missing switch { "en" => Language.English, "zh" => Language.Chinese, _ => null });

    public static string MissingValue(Language language) => language == Language.English ? "en" : "zh";

    /// <summary>The query string of this filter on another page (or the first, with <paramref name="page"/> 1).</summary>
    public string QueryString(int page)
    {
        string?[] parts =
        [
            Text is null ? null : "q=" + Uri.EscapeDataString(Text),
            CategoryId is null ? null : "category=" + CategoryId.Value.ToString(CultureInfo.InvariantCulture),
            Kind is null ? null : "kind=" + Kind,
            Published is null ? null : "published=" + (Published.Value ? "yes" : "no"),
            MissingIn is null ? null : "missing=" + MissingValue(MissingIn.Value),
            page > 1 ? "page=" + page.ToString(CultureInfo.InvariantCulture) : null,
        ];
        var given = parts.OfType<string>().ToList();
        return given.Count == 0 ? "" : "?" + string.Join("&", given);
    }
}
