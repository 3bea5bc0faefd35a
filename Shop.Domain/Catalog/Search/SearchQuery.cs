namespace Shop.Domain.Catalog.Search;

/// <summary>
/// What a buyer typed into the search box, normalised and tokenized the way the index is
/// (<see cref="ProductSearchDocument"/>), as clauses that must all match. Everything typed is
/// text: quotes, <c>*</c>, <c>-</c>, <c>:</c>, <c>^</c>, parentheses separate words and are
/// otherwise dropped, and words such as <c>AND</c>, <c>OR</c>, <c>NOT</c> or <c>NEAR</c> are
/// looked for like any other word. The index expressions (<see cref="ToFts5Match"/>,
/// <see cref="ToTsQuery"/>) quote every token, so nothing a buyer types can become an operator,
/// and they are meant to be passed as a parameter, never spliced into SQL.
/// <para>
/// A word matches itself; the last word, while the buyer is still typing it (nothing after it),
/// also matches as a prefix. A word of letters may also be pinyin: of three syllables or more it
/// also matches all its pairs of syllables (<c>xihulongjing</c>: xihu, hulong, longjing), and of
/// three consonants or more it also matches all its pairs of initials
/// (<c>xhlj</c>: xh, hl, lj), the way the pinyin of names is indexed (<see cref="PinyinTokens"/>).
/// One Chinese character matches itself, and a longer run all its pairs (<see cref="SearchTokenizer"/>).
/// </para>
/// </summary>
public sealed class SearchQuery
{
    /// <summary>The most of a query that is searched for: the rest of a longer one is dropped.</summary>
    public const int MaxLength = 100;

    // The consonants that begin pinyin syllables. Initials typed by buyers are these letters (the
    // few syllables that begin with a vowel are left out), and English words almost never are.
    private const string InitialConsonants = "bcdfghjklmnpqrstwxyz";

    private SearchQuery(string text, IReadOnlyList<SearchClause> clauses)
    {
        Text = text;
        Clauses = clauses;
    }

    /// <summary>The query normalised (<see cref="SearchText.Normalize"/>), at most <see cref="MaxLength"/> characters.</summary>
    public string Text { get; }

    public IReadOnlyList<SearchClause> Clauses { get; }

    /// <summary>Nothing to search for (nothing typed, or only punctuation): list the catalog instead of asking the index.</summary>
    public bool IsEmpty => Clauses.Count == 0;

    public static SearchQuery Parse(string? typed)
    {
        var text = Truncate(SearchText.Normalize(typed));
        var segments = SearchTokenizer.Segment(text);
        // The last word is still being typed when nothing follows it: no space, no punctuation.
        var stillTyping = segments.Count > 0 && !segments[^1].IsChinese
            && text.EndsWith(segments[^1].Text, StringComparison.Ordinal)
            && !(typed is { Length: > 0 } && char.IsWhiteSpace(typed[^1]));

        var clauses = segments
            .Select((segment, index) => segment.IsChinese
                ? ChineseClause(segment)
                : WordClause(segment, isPrefix: stillTyping && index == segments.Count - 1))
            .DistinctBy(clause => clause.Segment) // a word typed twice is looked for once, as typed first
            .ToList();
        return new SearchQuery(text, clauses);
    }

    /// <summary>
    /// The expression for SQLite FTS5's <c>MATCH</c> (pass it as a parameter): every token in double
    /// quotes, prefixes marked with <c>*</c>, clauses joined by <c>AND</c>, alternatives by <c>OR</c>,
    /// e.g. <c>"green" AND ("tea"* OR ...)</c>. Matches across all columns.
    /// </summary>
    public string ToFts5Match() => Expression(
        term => $"\"{term.Token.Replace("\"", "\"\"", StringComparison.Ordinal)}\"{(term.IsPrefix ? "*" : "")}",
        and: " AND ", or: " OR ");

    /// <summary>
    /// The same expression as a PostgreSQL <c>tsquery</c> (pass it as a parameter to
    /// <c>to_tsquery('simple', @q)</c>, or cast it with <c>::tsquery</c> against lexemes indexed as
    /// they are): every token in single quotes, prefixes marked <c>:*</c>, <c>&amp;</c> and <c>|</c>.
    /// </summary>
    public string ToTsQuery() => Expression(
        term => $"'{term.Token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)}'{(term.IsPrefix ? ":*" : "")}",
        and: " & ", or: " | ");

    private string Expression(Func<SearchTerm, string> quote, string and, string or)
    {
        if (IsEmpty)
        {
            throw new InvalidOperationException("An empty query has no index expression: check IsEmpty first.");
        }
        return string.Join(and, Clauses.Select(clause => clause.Alternatives.Count == 1
            ? AllOf(clause.Alternatives[0])
            : "(" + string.Join(or, clause.Alternatives.Select(terms => terms.Count == 1 ? AllOf(terms) : "(" + AllOf(terms) + ")")) + ")"));

        string AllOf(IReadOnlyList<SearchTerm> terms) => string.Join(and, terms.Select(quote));
    }

    private static SearchClause ChineseClause(TextSegment segment) =>
        new(segment, [SearchTokenizer.QueryTokens(segment.Text).Distinct().Select(token => new SearchTerm(token, IsPrefix: false)).ToList()]);

    private static SearchClause WordClause(TextSegment segment, bool isPrefix)
    {
        var word = segment.Text;
        var alternatives = new List<IReadOnlyList<SearchTerm>> { new[] { new SearchTerm(word, isPrefix) } };
        if (word.All(char.IsAsciiLetterLower))
        {
            if (PinyinTable.Default.TrySplit(word, lastMayBeUnfinished: isPrefix, out var syllables) && syllables.Count >= 3)
            {
                alternatives.Add(Pairs(syllables, lastIsPrefix: isPrefix));
            }
            if (word.Length >= 3 && word.All(letter => InitialConsonants.Contains(letter)))
            {
                alternatives.Add(Pairs(word.Select(letter => letter.ToString()).ToList(), lastIsPrefix: false));
            }
        }
        return new SearchClause(segment, alternatives);
    }

    private static List<SearchTerm> Pairs(IReadOnlyList<string> pieces, bool lastIsPrefix) =>
        Enumerable.Range(0, pieces.Count - 1)
            .Select(i => new SearchTerm(pieces[i] + pieces[i + 1], IsPrefix: lastIsPrefix && i == pieces.Count - 2))
            .Distinct()
            .ToList();

    private static string Truncate(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }
        var end = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return text[..end].TrimEnd();
    }
}
