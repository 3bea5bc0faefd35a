using Shop.Domain.Catalog.Search;

namespace Shop.Domain.Catalog;

/// <summary>
/// A text of the catalog (a name, a description) written in Chinese, in English, or in both. A
/// text missing in one language is null, never empty or blank: the constructor trims and turns
/// blank into null. Shown in the reader's language, or in the other one when it is missing
/// (<see cref="In"/>), so that a name is never empty.
/// </summary>
public sealed record LocalizedText
{
    public static readonly LocalizedText Empty = new(null, null);

    public LocalizedText(string? chinese, string? english)
    {
        Chinese = Clean(chinese);
        English = Clean(english);
    }

    public string? Chinese { get; }
    public string? English { get; }

    /// <summary>Written in neither language.</summary>
    public bool IsEmpty => Chinese is null && English is null;

    /// <summary>
    /// A text whose language nobody said (stored before the catalog had two languages, or
    /// imported from one column): Chinese when it holds a Chinese character, English otherwise.
    /// </summary>
    public static LocalizedText ByScript(string? text) =>
        text is not null && text.EnumerateRunes().Any(SearchText.IsChineseCharacter)
            ? new LocalizedText(text, null)
            : new LocalizedText(null, text);

    /// <summary>The text in <paramref name="language"/>, or in the other language when it is missing there, or "" when it is in neither.</summary>
    public string In(Language language) =>
        (language == Language.English ? English ?? Chinese : Chinese ?? English) ?? "";

    /// <summary>The text in exactly <paramref name="language"/>, or null: no fallback.</summary>
    public string? Exactly(Language language) => language == Language.English ? English : Chinese;

    /// <summary>Written in the other language but not in <paramref name="language"/>: a translation to do.</summary>
    public bool IsMissingIn(Language language) =>
        Exactly(language) is null && Exactly(Other(language)) is not null;

    /// <summary>The longest of the two texts, in characters (0 when empty), for length rules.</summary>
    public int LongestLength => Math.Max(Chinese?.Length ?? 0, English?.Length ?? 0);

    public static Language Other(Language language) => language == Language.English ? Language.Chinese : Language.English;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
