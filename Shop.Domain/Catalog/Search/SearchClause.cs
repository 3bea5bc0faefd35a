namespace Shop.Domain.Catalog.Search;

/// <summary>
/// One word or run of Chinese characters of a query, and the ways the index can match it: the
/// clause matches when any one of its <see cref="Alternatives"/> does, and an alternative when all
/// of its terms do. A word's first alternative is always the word itself.
/// </summary>
public sealed record SearchClause(TextSegment Segment, IReadOnlyList<IReadOnlyList<SearchTerm>> Alternatives)
{
    public string Text => Segment.Text;
    public bool IsChinese => Segment.IsChinese;
}
