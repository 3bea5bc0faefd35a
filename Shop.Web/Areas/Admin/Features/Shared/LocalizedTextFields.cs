using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.Shared;

/// <summary>
/// A text of the catalog forms typed in both languages: posted as two fields named after it and the
/// language (<c>NameZh</c>, <c>NameEn</c>), each checked for length on its own.
/// </summary>
public static class LocalizedTextFields
{
    public const string ChineseSuffix = "Zh";
    public const string EnglishSuffix = "En";

    /// <summary>The text as typed, trimmed; a language left blank is missing. Too long a language adds an error on its own field.</summary>
    public static LocalizedText Read(string field, string? chinese, string? english, int maxLength, List<FieldError> errors)
    {
        var text = new LocalizedText(chinese, english);
        if (text.Chinese?.Length > maxLength)
        {
            errors.Add(new(field + ChineseSuffix, FormProblem.TooLong, maxLength));
        }
        if (text.English?.Length > maxLength)
        {
            errors.Add(new(field + EnglishSuffix, FormProblem.TooLong, maxLength));
        }
        return text;
    }
}
