using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.Shared;

public enum SlugProblem
{
    None,

    /// <summary>No slug was typed and the name has no ASCII letters or digits to make one from (a Chinese name, say).</summary>
    CannotSuggest,

    /// <summary>The typed slug is not lower-case letters and digits joined by hyphens.</summary>
    Invalid,
}

/// <summary>The slug an admin typed, or when they left it empty, the one <see cref="Slug.From"/> suggests from the name.</summary>
public static class SlugChoice
{
    public static SlugProblem Choose(string? typed, string? name, out string slug)
    {
        slug = typed?.Trim().ToLowerInvariant() ?? "";
        if (slug.Length == 0)
        {
            slug = Slug.From(name ?? "");
            return slug.Length == 0 ? SlugProblem.CannotSuggest : SlugProblem.None;
        }
        return Slug.IsValid(slug) ? SlugProblem.None : SlugProblem.Invalid;
    }
}
