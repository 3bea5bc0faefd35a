namespace Shop.Domain.Catalog.Search;

/// <summary>
/// The words of the catalog, for "did you mean" when a query found nothing: every word of every
/// product's names, descriptions and category names in both languages, and the pinyin of the
/// Chinese names (each two-character word and each whole name joined, <c>longjing</c>), each with
/// how often it occurs. Built from the catalog, kept as long as the catalog does not change.
/// </summary>
public sealed class SearchVocabulary
{
    // Words shorter than this are never corrected: one letter off a two-letter word is another word.
    private const int ShortestCorrected = 3;

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>A vocabulary of the words of some texts (normalised and split here), pinyin of none.</summary>
    public SearchVocabulary(IEnumerable<string?> texts)
    {
        foreach (var text in texts)
        {
            AddWords(SearchText.Normalize(text));
        }
    }

    public IReadOnlyCollection<string> Words => _counts.Keys;

    public static SearchVocabulary Of(IEnumerable<SearchableProduct> products)
    {
        var vocabulary = new SearchVocabulary([]);
        foreach (var product in products)
        {
            vocabulary.Add(product);
        }
        return vocabulary;
    }

    /// <summary>Adds the words of one more product: a big catalog is read product by product, never held whole.</summary>
    public void Add(SearchableProduct product)
    {
        string?[] texts =
        [
            product.ChineseName, product.EnglishName,
            product.ChineseShortDescription, product.EnglishShortDescription,
            product.ChineseFullDescription, product.EnglishFullDescription,
            .. product.CategoryNames,
        ];
        foreach (var text in texts)
        {
            AddWords(SearchText.Normalize(text));
        }
        foreach (var spelling in PinyinTokens.Spellings(SearchText.Normalize(product.ChineseName)))
        {
            Add(spelling);
        }
    }

    public bool Contains(string word) => _counts.ContainsKey(word);

    /// <summary>
    /// The query with each word the catalog does not have replaced by the closest word it has, or
    /// null when no word needed or found a replacement: <c>gren tea</c> gives <c>green tea</c>,
    /// <c>longjng</c> gives <c>longjing</c>. Chinese, numbers and short words are kept as typed.
    /// </summary>
    public string? DidYouMean(string? query)
    {
        var segments = SearchTokenizer.Segment(SearchText.Normalize(query));
        var changed = false;
        var words = new List<string>(segments.Count);
        foreach (var segment in segments)
        {
            var closest = segment.IsChinese || !segment.Text.All(char.IsLetter) || Contains(segment.Text)
                ? null
                : Closest(segment.Text);
            changed |= closest is not null;
            words.Add(closest ?? segment.Text);
        }
        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// The word of the vocabulary nearest to <paramref name="word"/> within the mistakes a word of its
    /// length may have (<see cref="MistakesAllowed"/>), the more frequent word on a tie; or null.
    /// </summary>
    public string? Closest(string word)
    {
        var allowed = MistakesAllowed(word.Length);
        if (allowed == 0)
        {
            return null;
        }
        string? best = null;
        var bestDistance = allowed + 1;
        var bestCount = 0;
        foreach (var (candidate, count) in _counts)
        {
            var distance = EditDistance.DamerauLevenshtein(word, candidate, allowed);
            if (distance < bestDistance
                || distance == bestDistance && best is not null
                    && (count > bestCount || count == bestCount && string.CompareOrdinal(candidate, best) < 0))
            {
                (best, bestDistance, bestCount) = (candidate, distance, count);
            }
        }
        return best;
    }

    /// <summary>How many mistakes a word of this length may have and still be corrected: none under 3 letters, 1 up to 5, 2 up to 9, then 3.</summary>
    public static int MistakesAllowed(int length) => length switch
    {
        < ShortestCorrected => 0,
        <= 5 => 1,
        <= 9 => 2,
        _ => 3,
    };

    private void AddWords(string normalizedText)
    {
        foreach (var segment in SearchTokenizer.Segment(normalizedText).Where(segment => !segment.IsChinese))
        {
            Add(segment.Text);
        }
    }

    private void Add(string word)
    {
        if (word.Length >= ShortestCorrected && word.Any(char.IsLetter))
        {
            _counts[word] = _counts.GetValueOrDefault(word) + 1;
        }
    }
}
