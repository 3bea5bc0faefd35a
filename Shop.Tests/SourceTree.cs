namespace Shop.Tests;

/// <summary>The repository's source folders, for tests that read files the app ships (resources, views, libman.json).</summary>
public static class SourceTree
{
    /// <summary>The folder holding Shop.sln, found by walking up from the test assembly.</summary>
    public static readonly string Root = FindRoot();

    public static readonly string WebProject = Path.Combine(Root, "Shop.Web");

    public static readonly string SandboxProject = Path.Combine(Root, "Shop.AlipaySandbox");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Shop.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Shop.sln above {AppContext.BaseDirectory}.");
    }
}
