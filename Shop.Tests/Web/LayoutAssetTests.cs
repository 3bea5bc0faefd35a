using System.Text.Json;
using System.Text.RegularExpressions;

namespace Shop.Tests.Web;

/// <summary>
/// The client libraries are committed, not restored at build (LibMan's CDNs are out of reach here):
/// every file libman.json declares must be in wwwroot, and the layout may link only to those.
/// </summary>
public partial class LayoutAssetTests
{
    [GeneratedRegex("""(?:href|src)="~?(/lib/[^"?#]+)""")]
    private static partial Regex LibraryLink();

    /// <summary>The files libman.json declares, as paths under Shop.Web with forward slashes.</summary>
    private static List<string> DeclaredFiles()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(SourceTree.WebProject, "libman.json")));
        return manifest.RootElement.GetProperty("libraries").EnumerateArray()
            .SelectMany(library => library.GetProperty("files").EnumerateArray()
                .Select(file => library.GetProperty("destination").GetString()!.TrimEnd('/') + "/" + file.GetString()))
            .ToList();
    }

    private static bool ExistsInWebProject(string path) =>
        File.Exists(Path.Combine(SourceTree.WebProject, path.Replace('/', Path.DirectorySeparatorChar)));

    [Fact]
    public void Every_file_libman_declares_is_in_wwwroot()
    {
        var declared = DeclaredFiles();

        Assert.NotEmpty(declared);
        Assert.All(declared, path =>
        {
            Assert.StartsWith("wwwroot/lib/", path);
            Assert.True(ExistsInWebProject(path), $"{path} is declared in libman.json but missing.");
        });
    }

    [Fact]
    public void Every_library_file_the_layout_links_to_exists_and_is_declared_in_libman()
    {
        var layout = File.ReadAllText(Path.Combine(SourceTree.WebProject, "Features", "Shared", "_Layout.cshtml"));
        var links = LibraryLink().Matches(layout).Select(match => "wwwroot" + match.Groups[1].Value).ToList();
        var declared = DeclaredFiles();

        Assert.Contains("wwwroot/lib/bootstrap/dist/css/bootstrap.min.css", links);
        Assert.Contains("wwwroot/lib/bootstrap/dist/js/bootstrap.bundle.min.js", links);
        Assert.All(links, link =>
        {
            Assert.True(ExistsInWebProject(link), $"The layout links to {link}, which is missing.");
            Assert.Contains(link, declared);
        });
    }
}
