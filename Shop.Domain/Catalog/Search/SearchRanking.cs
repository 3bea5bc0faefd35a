namespace Shop.Domain.Catalog.Search;

/// <summary>
/// Orders the products the index found for a query, best first: a higher score is a better match.
/// Each word (or run of Chinese characters) of the query counts where it was found best, and the
/// place counts before the kind of match: anywhere in a name (either language, or the pinyin of the
/// Chinese name) beats the category, which beats the short description, which beats the full one;
/// within one place, a whole word beats the start of a word, which beats the inside of one. Among
/// products that tie, one whose name is the query beats one whose name starts with it. Products that
/// still tie are for the caller to order (by the index's own rank, or by name).
/// </summary>
public static class SearchRanking
{
    public static int Score(SearchQuery query, SearchableProduct product)
    {
        var chineseName = SearchText.Normalize(product.ChineseName);
        var englishName = SearchText.Normalize(product.EnglishName);
        var places = new (SearchField Field, RankedText[] Texts)[]
        {
            (SearchField.Name, [new(chineseName), new(englishName)]),
            (SearchField.Category, product.CategoryNames.Select(name => new RankedText(SearchText.Normalize(name))).ToArray()),
            (SearchField.ShortDescription, [Text(product.ChineseShortDescription), Text(product.EnglishShortDescription)]),
            (SearchField.FullDescription, [Text(product.ChineseFullDescription), Text(product.EnglishFullDescription)]),
        };
        var pinyin = PinyinTokens.ForIndex(chineseName).ToHashSet(StringComparer.Ordinal);

        var score = 0;
        foreach (var clause in query.Clauses)
        {
            foreach (var (field, texts) in places)
            {
                var kind = texts.Select(text => text.Match(clause)).DefaultIfEmpty().Max();
                if (field == SearchField.Name && !clause.IsChinese)
                {
                    kind = (SearchMatchKind)Math.Max((int)kind, (int)PinyinMatch(clause.Text, pinyin));
                }
                if (kind != SearchMatchKind.None)
                {
                    score += (int)field * 4 + (int)kind;
                    break;
                }
            }
        }
        return score * 4 + WholeNameBonus(query.Text, chineseName, englishName);
    }

    private static RankedText Text(string? text) => new(SearchText.Normalize(text));

    private static SearchMatchKind PinyinMatch(string word, HashSet<string> pinyin) =>
        pinyin.Contains(word) ? SearchMatchKind.Exact
        : pinyin.Any(token => token.StartsWith(word, StringComparison.Ordinal)) ? SearchMatchKind.Prefix
        : pinyin.Any(token => token.Contains(word, StringComparison.Ordinal)) ? SearchMatchKind.Substring
        : SearchMatchKind.None;

    private static int WholeNameBonus(string query, string chineseName, string englishName) =>
        query.Length == 0 ? 0
        : query == chineseName || query == englishName ? 2
        : chineseName.StartsWith(query, StringComparison.Ordinal) || englishName.StartsWith(query, StringComparison.Ordinal) ? 1
        : 0;

    private sealed class RankedText(string normalizedText)
    {
        private readonly IReadOnlyList<TextSegment> _segments = SearchTokenizer.Segment(normalizedText);

        public SearchMatchKind Match(SearchClause clause)
        {
            var best = SearchMatchKind.None;
            foreach (var segment in _segments.Where(segment => segment.IsChinese == clause.IsChinese))
            {
                var kind = segment.Text == clause.Text ? SearchMatchKind.Exact
                    : segment.Text.StartsWith(clause.Text, StringComparison.Ordinal) ? SearchMatchKind.Prefix
                    : segment.Text.Contains(clause.Text, StringComparison.Ordinal) ? SearchMatchKind.Substring
                    : SearchMatchKind.None;
                if (kind > best)
                {
                    best = kind;
                }
            }
            return best;
        }
    }
}
