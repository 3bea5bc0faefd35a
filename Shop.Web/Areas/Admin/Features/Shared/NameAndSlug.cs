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
        var name = LocalizedTextFields.Read(NameField, typedChinese, typedEnglish, nameMaxLength, errors);
        if (name.IsEmpty)
        {
            errors.Add(new(NameField, FormProblem.NameMissing));
        }

        switch (SlugChoice.Choose(typedSlug, name.English ?? name.Chinese, out var slug))
        {
            case SlugProblem.CannotSuggest:
                errors.Add(new("Slug", FormProblem.SlugCannotSuggest));
                break;
            case SlugProblem.Invalid:
                errors.Add(new("Slug", FormProblem.SlugInvalid));
                break;
            default:
                if (await slugUsedBy(slug) is { } usedBy)
                {
                    errors.Add(new("Slug", FormProblem.SlugTaken, slug, usedBy));
                }
                break;
        }
        return (name, slug);
    }
}
