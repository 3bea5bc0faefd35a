namespace Shop.Domain.Catalog.Search;

/// <summary>
/// One product's row of the full-text index: each column is the product's text pre-tokenized here
/// (<see cref="SearchText"/>, <see cref="SearchTokenizer"/>, <see cref="PinyinTokens"/>) into
/// distinct tokens separated by single spaces, both languages together. The database only splits
/// on the spaces (SQLite FTS5 with <c>tokenize='unicode61'</c>; PostgreSQL's <c>simple</c>
/// configuration, or <c>array_to_tsvector(string_to_array(column, ' '))</c>), so both databases
/// hold exactly these tokens, and a <see cref="SearchQuery"/> made the same way matches them.
/// The columns are in the order of their weight in ranking: <see cref="Name"/> first.
/// </summary>
public sealed record ProductSearchDocument(
    string Name,
    string Pinyin,
    string Category,
    string ShortDescription,
    string FullDescription)
{
    public static ProductSearchDocument For(SearchableProduct product)
    {
        var chineseName = SearchText.Normalize(product.ChineseName);
        return new ProductSearchDocument(
            Name: Column(SearchTokenizer.IndexTokens(chineseName)
                .Concat(SearchTokenizer.IndexTokens(SearchText.Normalize(product.EnglishName)))),
            Pinyin: Column(PinyinTokens.ForIndex(chineseName)),
            Category: Column(product.CategoryNames.SelectMany(name => SearchTokenizer.IndexTokens(SearchText.Normalize(name)))),
            ShortDescription: Column(TextTokens(product.ChineseShortDescription, product.EnglishShortDescription)),
            FullDescription: Column(TextTokens(product.ChineseFullDescription, product.EnglishFullDescription)));
    }

    private static IEnumerable<string> TextTokens(string? chinese, string? english) =>
        SearchTokenizer.IndexTokens(SearchText.Normalize(chinese))
            .Concat(SearchTokenizer.IndexTokens(SearchText.Normalize(english)));

    // Each token once: what matters is that it is there, and the index stays small.
    private static string Column(IEnumerable<string> tokens) => string.Join(' ', tokens.Distinct(StringComparer.Ordinal));
}
