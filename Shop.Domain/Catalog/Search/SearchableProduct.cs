namespace Shop.Domain.Catalog.Search;

/// <summary>
/// The texts of a product that search looks at, in both languages, as stored (a text missing in
/// one language is null or empty). Both the index row (<see cref="ProductSearchDocument"/>) and the
/// ranking of what the index found (<see cref="SearchRanking"/>) are made from it.
/// </summary>
public sealed record SearchableProduct
{
    public string? ChineseName { get; init; }
    public string? EnglishName { get; init; }
    public string? ChineseShortDescription { get; init; }
    public string? EnglishShortDescription { get; init; }
    public string? ChineseFullDescription { get; init; }
    public string? EnglishFullDescription { get; init; }

    /// <summary>The names of the product's category in both languages (and of its parents, if any).</summary>
    public IReadOnlyList<string> CategoryNames { get; init; } = [];

    /// <summary>What search looks at of a product filed under <paramref name="categoryName"/>.</summary>
    public static SearchableProduct Of(Product product, LocalizedText categoryName) => new()
    {
        ChineseName = product.Name.Chinese,
        EnglishName = product.Name.English,
        ChineseShortDescription = product.ShortDescription.Chinese,
        EnglishShortDescription = product.ShortDescription.English,
        ChineseFullDescription = product.Description.Chinese,
        EnglishFullDescription = product.Description.English,
        CategoryNames = new[] { categoryName.Chinese, categoryName.English }.OfType<string>().ToList(),
    };
}
