using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Shop.Tests.Localization;

/// <summary>
/// The texts a project's code and views ask for, and those its resource files hold. Keys are the
/// English texts, so a missing key would still show English: only the tests built on this notice.
/// </summary>
public static partial class ResourceTexts
{
    // @L["..."] in views (the injected IStringLocalizer); the first argument only.
    [GeneratedRegex("""\bL\["((?:[^"\\]|\\.)*)"\s*[,\]]""")]
    private static partial Regex ViewLocalizerCall();

    // In C#: localizer["..."], and the data-annotation texts MVC looks up in the shared resource.
    [GeneratedRegex("""(?:\blocalizer\[|\bErrorMessage\s*=\s*|\[Display\(Name\s*=\s*)"((?:[^"\\]|\\.)*)"\s*[,\])]""")]
    private static partial Regex CodeLocalizedText();

    /// <summary>The texts asked for in the project's views and Razor components.</summary>
    public static SortedSet<string> UsedInViews(string project)
    {
        var used = UsedIn(project, "*.cshtml", ViewLocalizerCall());
        used.UnionWith(UsedIn(project, "*.razor", ViewLocalizerCall()));
        return used;
    }

    /// <summary>The texts asked for in the project's C# code.</summary>
    public static SortedSet<string> UsedInCode(string project) => UsedIn(project, "*.cs", CodeLocalizedText());

    /// <summary>The entries of one resource file under the project's Resources folder.</summary>
    public static Dictionary<string, string> Read(string project, string fileName)
    {
        var document = XDocument.Load(Path.Combine(project, "Resources", fileName));
        return document.Root!.Elements("data").ToDictionary(
            data => (string)data.Attribute("name")!,
            data => (string?)data.Element("value") ?? "");
    }

    private static SortedSet<string> UsedIn(string project, string filePattern, Regex pattern)
    {
        var texts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(project, filePattern, SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(project, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in pattern.Matches(File.ReadAllText(file)))
            {
                texts.Add(Regex.Unescape(match.Groups[1].Value));
            }
        }

        return texts;
    }
}
