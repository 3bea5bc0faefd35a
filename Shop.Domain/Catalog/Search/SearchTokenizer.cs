using System.Text;

namespace Shop.Domain.Catalog.Search;

/// <summary>
/// Turns normalised text (<see cref="SearchText.Normalize"/>) into the tokens of the full-text
/// index, and a buyer's Chinese into the tokens to look for. Words of Latin letters and digits are
/// tokens as they are; anything that is neither a letter nor a digit separates them.
/// <para>
/// Chinese is written without spaces, so a run of Chinese characters becomes every character on
/// its own and every overlapping pair (<c>西湖龙井</c>: 西 湖 龙 井 西湖 湖龙 龙井). A query of one
/// character looks for that character, and a longer one for all of its pairs. Why pairs (bigrams)
/// rather than words: they need no segmentation dictionary, which would have to be shipped, kept in
/// step on both sides and would still miss new product words; most Chinese product words are two
/// characters long (龙井, 红茶, 钢笔), and a pair finds them exactly, where single characters alone
/// would find every text that has both characters anywhere; a longer word is found through its
/// pairs all being there, which in a shop's short texts is precise enough; and because the index
/// holds plain space-separated tokens, SQLite FTS5 with its <c>unicode61</c> tokenizer and
/// PostgreSQL with its <c>simple</c> configuration index and match exactly the same tokens.
/// </para>
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Splits normalised text into its words and runs of Chinese characters, in order.</summary>
    public static IReadOnlyList<TextSegment> Segment(string normalizedText)
    {
        var segments = new List<TextSegment>();
        var current = new StringBuilder();
        var currentIsChinese = false;
        foreach (var rune in normalizedText.EnumerateRunes())
        {
            var isChinese = SearchText.IsChineseCharacter(rune);
            if (!isChinese && !SearchText.IsWordCharacter(rune))
            {
                Flush();
                continue;
            }
            if (current.Length > 0 && isChinese != currentIsChinese)
            {
                Flush();
            }
            current.Append(rune.ToString());
            currentIsChinese = isChinese;
        }
        Flush();
        return segments;

        void Flush()
        {
            if (current.Length > 0)
            {
                segments.Add(new TextSegment(current.ToString(), currentIsChinese));
                current.Clear();
            }
        }
    }

    /// <summary>The index tokens of a normalised text: its words, and each Chinese character and overlapping pair.</summary>
    public static IEnumerable<string> IndexTokens(string normalizedText)
    {
        foreach (var segment in Segment(normalizedText))
        {
            if (!segment.IsChinese)
            {
                yield return segment.Text;
                continue;
            }
            var characters = Characters(segment.Text);
            foreach (var character in characters)
            {
                yield return character;
            }
            foreach (var pair in Pairs(characters))
            {
                yield return pair;
            }
        }
    }

    /// <summary>What a run of Chinese characters in a query looks for: the character itself, or every overlapping pair.</summary>
    public static IReadOnlyList<string> QueryTokens(string chineseRun)
    {
        var characters = Characters(chineseRun);
        return characters.Count == 1 ? characters : Pairs(characters);
    }

    /// <summary>The characters of a run, each as a string (a character beyond the BMP is two UTF-16 units).</summary>
    internal static IReadOnlyList<string> Characters(string run) =>
        run.EnumerateRunes().Select(rune => rune.ToString()).ToList();

    private static List<string> Pairs(IReadOnlyList<string> characters)
    {
        var pairs = new List<string>(Math.Max(0, characters.Count - 1));
        for (var i = 0; i + 1 < characters.Count; i++)
        {
            pairs.Add(characters[i] + characters[i + 1]);
        }
        return pairs;
    }
}
