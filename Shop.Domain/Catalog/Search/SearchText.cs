using System.Globalization;
using System.Text;

namespace Shop.Domain.Catalog.Search;

/// <summary>
/// The one form that every searchable text and every query is brought to before it is tokenized,
/// so that what a buyer types and what the catalog says compare alike: lower case (invariant),
/// full-width letters, digits and punctuation as their ASCII forms and the ideographic space as a
/// space (Unicode compatibility normalisation, NFKC, which also turns ligatures, circled digits and
/// compatibility ideographs into their plain forms), Latin, Greek and Cyrillic letters without their
/// accents (so <c>café</c> finds <c>cafe</c>, and pinyin typed with tone marks or <c>ü</c> finds the
/// toneless form), runs of white space as one space, and no space at all between two Chinese
/// characters (<c>龙 井</c> is <c>龙井</c>: Chinese is written without spaces, and a space typed
/// between characters is noise).
/// </summary>
public static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        // NFKD then NFC is NFKC, with the accents taken off while they are separate characters.
        // Only the combining diacritical marks block goes: the marks of other scripts (the voicing
        // marks of Japanese kana, the vowel signs of Indic scripts) change the letter, not an accent.
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var withoutAccents = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is < '\u0300' or > '\u036F')
            {
                withoutAccents.Append(c);
            }
        }
        var plain = withoutAccents.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();

        var result = new StringBuilder(plain.Length);
        var spacePending = false;
        var previousIsChinese = false;
        foreach (var rune in plain.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                spacePending = result.Length > 0;
                continue;
            }
            var isChinese = IsChineseCharacter(rune);
            if (spacePending && !(previousIsChinese && isChinese))
            {
                result.Append(' ');
            }
            result.Append(rune.ToString());
            spacePending = false;
            previousIsChinese = isChinese;
        }
        return result.ToString();
    }

    /// <summary>
    /// A CJK unified ideograph (the basic block, extensions A to H) or a compatibility ideograph:
    /// what Chinese text is written in. Kana, Hangul and punctuation are not.
    /// </summary>
    public static bool IsChineseCharacter(Rune rune) => rune.Value switch
    {
        >= 0x3400 and <= 0x4DBF => true,   // extension A
        >= 0x4E00 and <= 0x9FFF => true,   // the basic block
        >= 0xF900 and <= 0xFAFF => true,   // compatibility ideographs
        >= 0x20000 and <= 0x3FFFF => true, // extensions B to H and the compatibility supplement
        _ => false,
    };

    /// <summary>A character that belongs to a word: a letter, a digit, or a mark that shapes a letter.</summary>
    internal static bool IsWordCharacter(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
