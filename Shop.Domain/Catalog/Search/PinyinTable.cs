using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Shop.Domain.Catalog.Search;

/// <summary>
/// The toneless pinyin of Chinese characters, as buyers type it: lower case, no tones, <c>ü</c>
/// written <c>v</c> (绿 is <c>lv</c>; <see cref="PinyinTokens"/> indexes <c>lu</c> as well).
/// <para>
/// The table is generated once by <c>tools/pinyin/generate.js</c> from the pinyin-pro dictionary
/// (MIT; its licence is <c>tools/pinyin/LICENSE</c>) and embedded in this assembly: 20,935
/// characters of the basic CJK block in 407 syllables. A polyphone gets one reading, the one the
/// dictionary lists first, which is its most common (行 <c>xing</c>, 长 <c>chang</c>, 乐 <c>le</c>);
/// a few words read otherwise, such as 重庆 <c>chong qing</c> or 银行 <c>yin hang</c>, are kept in
/// a second table and win over the characters' own readings, the longest word first. Characters
/// outside the table (the rare extensions) have no pinyin.
/// </para>
/// <para>
/// Loaded on first use, once for the process (a few milliseconds), and about 86 KB in memory: one
/// 16-bit syllable number per code point between the first and the last character of the table
/// (41 KB), the syllables, and the words.
/// </para>
/// </summary>
public sealed class PinyinTable
{
    private const string ReadingsResource = "Shop.Domain.Catalog.Search.PinyinReadings.txt";
    private const string WordsResource = "Shop.Domain.Catalog.Search.PinyinWords.txt";

    private static readonly Lazy<PinyinTable> Embedded = new(LoadEmbedded);

    private readonly int _firstCodePoint;
    private readonly ushort[] _syllableNumbers;
    private readonly string[] _syllables;
    private readonly Dictionary<string, string[]> _wordReadings;
    private readonly int _longestWord;
    private readonly HashSet<string> _spelledSyllables;

    private PinyinTable(IEnumerable<string> readingLines, IEnumerable<string> wordLines)
    {
        var groups = Content(readingLines)
            .Select(line => line.Split(' ', 2))
            .Select(parts => parts.Length == 2 && parts[0].All(char.IsAsciiLetterLower)
                ? (Syllable: parts[0], Characters: parts[1].EnumerateRunes().ToList())
                : throw new InvalidDataException($"Not a line of the pinyin table: '{string.Join(' ', parts)}'."))
            .ToList();
        var codePoints = groups.SelectMany(group => group.Characters).Select(rune => rune.Value).ToList();
        _firstCodePoint = codePoints.Min();
        _syllableNumbers = new ushort[codePoints.Max() - _firstCodePoint + 1];
        _syllables = new string[groups.Count + 1];
        for (var number = 1; number <= groups.Count; number++)
        {
            var (syllable, characters) = groups[number - 1];
            _syllables[number] = syllable;
            foreach (var character in characters)
            {
                _syllableNumbers[character.Value - _firstCodePoint] = (ushort)number;
            }
        }

        _wordReadings = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in Content(wordLines))
        {
            var parts = line.Split(' ');
            if (parts.Length < 3 || parts[0].EnumerateRunes().Count() != parts.Length - 1)
            {
                throw new InvalidDataException($"Not a line of the pinyin words: '{line}'.");
            }
            _wordReadings[parts[0]] = parts[1..];
            _longestWord = Math.Max(_longestWord, parts.Length - 1);
        }

        // What a buyer may type as one syllable: the table's syllables that have a vowel (not the
        // interjections m and ng), and ü typed as u where v is written (lue, nue; lu and nu are
        // syllables of their own already).
        _spelledSyllables = _syllables.Skip(1)
            .Where(syllable => syllable.IndexOfAny(['a', 'e', 'i', 'o', 'u', 'v']) >= 0)
            .SelectMany(syllable => new[] { syllable, syllable.Replace('v', 'u') })
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The table embedded in this assembly, read on first use.</summary>
    public static PinyinTable Default => Embedded.Value;

    /// <summary>The number of characters that have a reading.</summary>
    public int CharacterCount => _syllableNumbers.Count(number => number != 0);

    /// <summary>Every syllable of the table (toneless, ü as v), in alphabetical order.</summary>
    public IReadOnlyList<string> AllSyllables => _syllables[1..];

    /// <summary>The most common reading of one character, or null when it is not a Chinese character of the table.</summary>
    public string? SyllableOf(Rune character)
    {
        var offset = character.Value - _firstCodePoint;
        return offset >= 0 && offset < _syllableNumbers.Length && _syllableNumbers[offset] != 0
            ? _syllables[_syllableNumbers[offset]]
            : null;
    }

    /// <summary>
    /// The syllables of the Chinese characters of a text, in order, word readings applied; other
    /// characters are left out: <c>明前西湖龙井 100g</c> gives ming qian xi hu long jing.
    /// </summary>
    public IReadOnlyList<string> SyllablesOf(string? text) =>
        SearchTokenizer.Segment(SearchText.Normalize(text))
            .Where(segment => segment.IsChinese)
            .SelectMany(segment => ReadRun(segment.Text))
            .OfType<string>()
            .ToList();

    /// <summary>The full pinyin of a text's Chinese characters, joined: <c>明前西湖龙井</c> gives <c>mingqianxihulongjing</c>.</summary>
    public string FullPinyin(string? text) => string.Concat(SyllablesOf(text));

    /// <summary>The first letter of each syllable: <c>明前西湖龙井</c> gives <c>mqxhlj</c>, <c>龙井</c> gives <c>lj</c>.</summary>
    public string Initials(string? text) => string.Concat(SyllablesOf(text).Select(syllable => syllable[0]));

    /// <summary>
    /// Reads a run of Chinese characters (normalised), one entry per character: its syllable, or
    /// null when the table has none. A word of the word table wins over its characters' readings.
    /// </summary>
    internal IReadOnlyList<string?> ReadRun(string chineseRun)
    {
        var characters = chineseRun.EnumerateRunes().ToList();
        var reading = new string?[characters.Count];
        var position = 0;
        while (position < characters.Count)
        {
            var word = LongestWordAt(characters, position);
            if (word is not null)
            {
                word.CopyTo(reading, position);
                position += word.Length;
            }
            else
            {
                reading[position] = SyllableOf(characters[position]);
                position++;
            }
        }
        return reading;
    }

    /// <summary>
    /// Splits letters typed as pinyin without spaces into syllables, the longest syllable first
    /// (<c>xihulongjing</c>: xi hu long jing; <c>xian</c> stays one syllable). When
    /// <paramref name="lastMayBeUnfinished"/> the last piece may be the start of a syllable, as
    /// while the buyer is still typing (<c>longj</c>: long j).
    /// </summary>
    public bool TrySplit(string letters, bool lastMayBeUnfinished, [NotNullWhen(true)] out IReadOnlyList<string>? pieces)
    {
        var found = new List<string>();
        var deadEnds = new bool[letters.Length + 1];
        pieces = letters.Length > 0 && SplitFrom(0) ? found : null;
        return pieces is not null;

        bool SplitFrom(int start)
        {
            if (start == letters.Length)
            {
                return true;
            }
            if (deadEnds[start])
            {
                return false;
            }
            for (var length = Math.Min(6, letters.Length - start); length >= 1; length--)
            {
                var piece = letters.Substring(start, length);
                if (_spelledSyllables.Contains(piece))
                {
                    found.Add(piece);
                    if (SplitFrom(start + length))
                    {
                        return true;
                    }
                    found.RemoveAt(found.Count - 1);
                }
            }
            var rest = letters[start..];
            if (lastMayBeUnfinished && _spelledSyllables.Any(syllable => syllable.StartsWith(rest, StringComparison.Ordinal)))
            {
                found.Add(rest);
                return true;
            }
            deadEnds[start] = true;
            return false;
        }
    }

    private string[]? LongestWordAt(List<Rune> characters, int position)
    {
        for (var length = Math.Min(_longestWord, characters.Count - position); length >= 2; length--)
        {
            var word = string.Concat(characters.Skip(position).Take(length));
            if (_wordReadings.TryGetValue(word, out var reading))
            {
                return reading;
            }
        }
        return null;
    }

    private static IEnumerable<string> Content(IEnumerable<string> lines) =>
        lines.Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'));

    private static PinyinTable LoadEmbedded() => new(ReadResource(ReadingsResource), ReadResource(WordsResource));

    private static List<string> ReadResource(string name)
    {
        using var stream = typeof(PinyinTable).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is not embedded in {typeof(PinyinTable).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return lines;
    }
}
