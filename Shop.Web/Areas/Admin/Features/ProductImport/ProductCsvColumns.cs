namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>
/// The columns of a product CSV file and where the header puts them. Names are matched without
/// regard to case or surrounding spaces; columns come in any order. A name is given by <c>name</c>
/// (its language told by its script, as for texts stored before the catalog had two languages:
/// <see cref="Domain.Catalog.LocalizedText.ByScript"/>), by <c>name_zh</c> and <c>name_en</c>,
/// or both; descriptions likewise.
/// </summary>
public sealed class ProductCsvColumns
{
    public const string Slug = "slug";
    public const string Category = "category";
    public const string Kind = "kind";
    public const string Name = "name";
    public const string Price = "price";
    public const string Stock = "stock";
    public const string Description = "description";
    public const string Published = "published";
    public const string Featured = "featured";
    public const string NameZh = "name_zh";
    public const string NameEn = "name_en";
    public const string DescriptionZh = "description_zh";
    public const string DescriptionEn = "description_en";

    public static readonly IReadOnlyList<string> Required = [Slug, Category, Kind, Name, Price, Stock];
    public static readonly IReadOnlyList<string> Optional = [Description, Published, Featured, NameZh, NameEn, DescriptionZh, DescriptionEn];

    /// <summary>Columns that stand in for a required one: a file with a name in either language needs no <c>name</c>.</summary>
    private static readonly Dictionary<string, string[]> StandIns = new() { [Name] = [NameZh, NameEn] };

    private readonly Dictionary<string, int> _positions;

    private ProductCsvColumns(Dictionary<string, int> positions, int count)
    {
        _positions = positions;
        Count = count;
    }

    /// <summary>How many fields the header has, and so every row.</summary>
    public int Count { get; }

    /// <summary>Reads the header row; null when it is refused, with the reasons in <paramref name="errors"/>.</summary>
    public static ProductCsvColumns? Read(IReadOnlyList<string> header, List<ImportError> errors)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        var repeated = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (!Required.Contains(name) && !Optional.Contains(name))
            {
                unknown.Add(header[i].Trim());
            }
            else if (!positions.TryAdd(name, i))
            {
                repeated.Add(name);
            }
        }
        var missing = Required
            .Where(column => !positions.ContainsKey(column) && !StandIns.GetValueOrDefault(column, []).Any(positions.ContainsKey))
            .ToList();
        if (missing.Count > 0)
        {
            errors.Add(ImportError.Of(ImportProblem.ColumnsMissing, string.Join(", ", missing)));
        }
        if (unknown.Count > 0)
        {
            errors.Add(ImportError.Of(ImportProblem.ColumnsUnknown, string.Join(", ", unknown.Select(u => u.Length == 0 ? "\"\"" : u))));
        }
        if (repeated.Count > 0)
        {
            errors.Add(ImportError.Of(ImportProblem.ColumnsRepeated, string.Join(", ", repeated.Distinct())));
        }
        return errors.Count == 0 ? new ProductCsvColumns(positions, header.Count) : null;
    }

    public bool Has(string column) => _positions.ContainsKey(column);

    /// <summary>The field of the record in the column, or null when the file has no such column.</summary>
    public string? Field(CsvRecord record, string column) =>
        _positions.TryGetValue(column, out var position) ? record.Fields[position] : null;
}
