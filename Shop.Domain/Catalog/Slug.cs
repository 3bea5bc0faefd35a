using System.Text;
using System.Text.RegularExpressions;

namespace Shop.Domain.Catalog;

/// <summary>The URL name of a product or category: lower-case ASCII letters and digits joined by single hyphens.</summary>
public static partial class Slug
{
    public const int MaxLength = 100;

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && SlugPattern().IsMatch(value);

    /// <summary>
    /// Builds a slug from a name. Characters outside ASCII letters and digits (Chinese names, say)
    /// are dropped, so the result may be empty: callers then ask the person for one.
    /// </summary>
    public static string From(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
