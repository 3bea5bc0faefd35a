using Microsoft.Extensions.Localization;

namespace Shop.Web.Areas.Admin.Features.Shared;

/// <summary>The name and slug every catalog form has (products and categories), read and checked the same way.</summary>
public static class NameAndSlug
{
    /// <param name="slugUsedBy">The name of another item already using a slug, or null.</param>
    public static async Task<(string Name, string Slug)> ReadAsync(
        string? typedName, string? typedSlug, int nameMaxLength, Func<string, Task<string?>> slugUsedBy,
        IStringLocalizer localizer, List<FieldError> errors)
    {
        var name = typedName?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(new("Name", localizer["Enter a name."]));
        }
        else if (name.Length > nameMaxLength)
        {
            errors.Add(new("Name", localizer["At most {0} characters.", nameMaxLength]));
        }

        switch (SlugChoice.Choose(typedSlug, name, out var slug))
        {
            case SlugProblem.CannotSuggest:
                errors.Add(new("Slug", localizer["Enter a slug: the name has no letters or digits to make one from."]));
                break;
            case SlugProblem.Invalid:
                errors.Add(new("Slug", localizer["Use lower-case letters, digits and single hyphens, like green-tea-100g."]));
                break;
            default:
                if (await slugUsedBy(slug) is { } usedBy)
                {
                    errors.Add(new("Slug", localizer["The slug “{0}” is already used by “{1}”.", slug, usedBy]));
                }
                break;
        }
        return (name, slug);
    }
}
