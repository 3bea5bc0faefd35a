using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.Shared;

/// <summary>
/// The name (in Chinese, English or both) and the one slug every catalog form has (products and
/// categories), read and checked the same way. An empty slug is made from the English name, the
/// one with Latin letters.
/// </summary>
public static class NameAndSlug
{
    public const string NameField = "Name";

    /// <param name="slugUsedBy">The name of another item already using a slug, or null.</param>
    public static async Task<(LocalizedText Name, string Slug)> ReadAsync(
        string? typedChinese, string? typedEnglish, string? typedSlug, int nameMaxLength,
        Func<string, Task<LocalizedText?>> slugUsedBy, List<FieldError> errors)
    {
        var (name, slug, slugIsValid) = Read(typedChinese, typedEnglish, typedSlug, nameMaxLength, errors);
        if (slugIsValid && await slugUsedBy(slug) is { } usedBy)
        {
            errors.Add(new("Slug", FormProblem.SlugTaken, slug, usedBy));
        }
        return (name, slug);
    }

    /// <summary>
    /// The checks that need no database: a name in at least one language, each of the right length,
    /// and the slug typed or, when none was, suggested from the name. <c>SlugIsValid</c> says whether
    /// the slug is worth looking up.
    /// </summary>
    public static (LocalizedText Name, string Slug, bool SlugIsValid) Read(
        string? typedChinese, string? typedEnglish, string? typedSlug, int nameMaxLength, List<FieldError> errors)
    {
        var name = LocalizedTextFields.Read(NameField, typedChinese, typedEnglish, nameMaxLength, errors);
        if (name.IsEmpty)
        {
            errors.Add(new(NameField, FormProblem.NameMissing));
        }

        switch (SlugChoice.Choose(typedSlug, name.English ?? name.Chinese, out var slug))
        {
            case SlugProblem.CannotSuggest:
                errors.Add(new("Slug", FormProblem.SlugCannotSuggest));
                return (name, slug, false);
            case SlugProblem.Invalid:
                errors.Add(new("Slug", FormProblem.SlugInvalid));
                return (name, slug, false);
            default:
                return (name, slug, true);
        }
    }
}
