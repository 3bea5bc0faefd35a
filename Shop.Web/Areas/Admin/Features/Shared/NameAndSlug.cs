namespace Shop.Web.Areas.Admin.Features.Shared;

/// <summary>The name and slug every catalog form has (products and categories), read and checked the same way.</summary>
public static class NameAndSlug
{
    /// <param name="slugUsedBy">The name of another item already using a slug, or null.</param>
    public static async Task<(string Name, string Slug)> ReadAsync(
        string? typedName, string? typedSlug, int nameMaxLength, Func<string, Task<string?>> slugUsedBy, List<FieldError> errors)
    {
        var (name, slug, slugIsValid) = Read(typedName, typedSlug, nameMaxLength, errors);
        if (slugIsValid && await slugUsedBy(slug) is { } usedBy)
        {
            errors.Add(new("Slug", FormProblem.SlugTaken, slug, usedBy));
        }
        return (name, slug);
    }

    /// <summary>
    /// The checks that need no database: a name of the right length, and the slug typed or, when
    /// none was, suggested from the name. <c>SlugIsValid</c> says whether the slug is worth looking up.
    /// </summary>
    public static (string Name, string Slug, bool SlugIsValid) Read(
        string? typedName, string? typedSlug, int nameMaxLength, List<FieldError> errors)
    {
        var name = typedName?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(new("Name", FormProblem.NameMissing));
        }
        else if (name.Length > nameMaxLength)
        {
            errors.Add(new("Name", FormProblem.TooLong, nameMaxLength));
        }

        switch (SlugChoice.Choose(typedSlug, name, out var slug))
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
