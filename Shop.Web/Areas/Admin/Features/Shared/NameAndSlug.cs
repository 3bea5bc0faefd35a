namespace Shop.Web.Areas.Admin.Features.Shared;

/// <summary>The name and slug every catalog form has (products and categories), read and checked the same way.</summary>
public static class NameAndSlug
{
    /// <param name="slugUsedBy">The name of another item already using a slug, or null.</param>
    public static async Task<(string Name, string Slug)> ReadAsync(
        string? typedName, string? typedSlug, int nameMaxLength, Func<string, Task<string?>> slugUsedBy, List<FieldError> errors)
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
