namespace Shop.Domain.Catalog.Search;

/// <summary>
/// The pinyin tokens the index holds for a Chinese name, chosen so that what buyers type finds it
/// with few tokens. For each stretch of Chinese characters that have a reading (明前西湖龙井):
/// <list type="bullet">
/// <item>each syllable (<c>ming</c> … <c>long</c>, <c>jing</c>): finds <c>long</c>, and <c>long jing</c> typed with a space;</item>
/// <item>each pair of neighbouring syllables joined (<c>xihu</c>, <c>longjing</c>) and its two
/// initials (<c>xh</c>, <c>lj</c>): finds a two-character word, the most common length, typed in
/// full or by initials, wherever it stands in the name;</item>
/// <item>the whole stretch joined (<c>mingqianxihulongjing</c>) and its initials (<c>mqxhlj</c>),
/// when it has three characters or more: finds the whole name typed in one go, and, as the last
/// word of a query is matched as a prefix, its beginning while it is being typed.</item>
/// </list>
/// A longer word typed in the middle of a name (<c>xihulongjing</c>, <c>xhlj</c>) is matched the way
/// a Chinese query is, by all of its pairs (see <see cref="SearchQuery"/>). A token written with
/// <c>v</c> for ü (<c>lvcha</c>) is also indexed with <c>u</c> (<c>lucha</c>), the way many buyers type it.
/// That is about six tokens a character, for the name only.
/// </summary>
public static class PinyinTokens
{
    /// <summary>The pinyin tokens of a normalised text's Chinese characters, as described above (with repeats).</summary>
    public static IEnumerable<string> ForIndex(string normalizedText)
    {
        foreach (var syllables in Stretches(normalizedText))
        {
            foreach (var token in StretchTokens(syllables))
            {
                yield return token;
                if (token.Contains('v'))
                {
                    yield return token.Replace('v', 'u');
                }
            }
        }
    }

    /// <summary>
    /// The pinyin a buyer might misspell, for "did you mean": each two-syllable word and each whole
    /// stretch, joined (<c>longjing</c>, <c>mingqianxihulongjing</c>).
    /// </summary>
    public static IEnumerable<string> Spellings(string normalizedText)
    {
        foreach (var syllables in Stretches(normalizedText))
        {
            for (var i = 0; i + 1 < syllables.Count; i++)
            {
                yield return syllables[i] + syllables[i + 1];
            }
            if (syllables.Count >= 3)
            {
                yield return string.Concat(syllables);
            }
        }
    }

    /// <summary>The syllables of each stretch of neighbouring characters that have a reading.</summary>
    private static IEnumerable<IReadOnlyList<string>> Stretches(string normalizedText)
    {
        foreach (var segment in SearchTokenizer.Segment(normalizedText).Where(segment => segment.IsChinese))
        {
            var stretch = new List<string>();
            foreach (var syllable in PinyinTable.Default.ReadRun(segment.Text))
            {
                if (syllable is not null)
                {
                    stretch.Add(syllable);
                }
                else if (stretch.Count > 0)
                {
                    yield return stretch;
                    stretch = [];
                }
            }
            if (stretch.Count > 0)
            {
                yield return stretch;
            }
        }
    }

    private static IEnumerable<string> StretchTokens(IReadOnlyList<string> syllables)
    {
        foreach (var syllable in syllables)
        {
            yield return syllable;
        }
        for (var i = 0; i + 1 < syllables.Count; i++)
        {
            yield return syllables[i] + syllables[i + 1];
            yield return $"{syllables[i][0]}{syllables[i + 1][0]}";
        }
        if (syllables.Count >= 3)
        {
            yield return string.Concat(syllables);
            yield return string.Concat(syllables.Select(syllable => syllable[0]));
        }
    }
}
