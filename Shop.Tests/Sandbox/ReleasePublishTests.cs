using System.Diagnostics;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace Shop.Tests.Sandbox;

/// <summary>
/// A Release publish of the shop carries no sandbox code: not its assembly, not its stylesheet,
/// and no type in Shop.Web.dll named for it (read from the assembly's metadata, nested and
/// compiler-made types included, so a closure of a method named for the sandbox counts too).
/// </summary>
public class ReleasePublishTests(ReleasePublish publish) : IClassFixture<ReleasePublish>
{
    [Fact]
    public void A_Release_publish_of_the_shop_carries_no_sandbox_code()
    {
        Assert.True(File.Exists(publish.PathOf("Shop.Web.dll")), "The publish has no Shop.Web.dll.");
        Assert.False(File.Exists(publish.PathOf("Shop.AlipaySandbox.dll")), "The publish carries the sandbox's assembly.");
        Assert.DoesNotContain(DependencyNames(), name => name.StartsWith("Shop.AlipaySandbox/", StringComparison.Ordinal));
        Assert.DoesNotContain(StaticAssetRoutes(), route => route.Contains("Shop.AlipaySandbox", StringComparison.Ordinal));

        using var shop = new PEReader(File.OpenRead(publish.PathOf("Shop.Web.dll")));
        var metadata = shop.GetMetadataReader();
        var types = TypeNames(metadata);
        Assert.Contains("Shop.Web.Configuration.LocalGatewayConfiguration", types);
        Assert.DoesNotContain(types, name => name.Contains("sandbox", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Shop.AlipaySandbox", metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)));
    }

    [Fact]
    public async Task Asked_for_the_sandbox_in_Development_the_published_shop_refuses_to_start_and_says_why()
    {
        var data = Directory.CreateTempSubdirectory("shop-publish-data-").FullName;
        try
        {
            var start = new ProcessStartInfo(ReleasePublish.Dotnet)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = publish.Folder,
            };
            start.ArgumentList.Add(publish.PathOf("Shop.Web.dll"));
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            start.Environment["ConnectionStrings__Shop"] = $"Data Source={Path.Combine(data, "shop.db")}";
            start.Environment["Storage__Root"] = Path.Combine(data, "files");
            start.Environment["Alipay__Sandbox__ConnectionString"] = $"Data Source={Path.Combine(data, "alipay-sandbox.db")}";

            var (exitCode, output) = await ReleasePublish.RunAsync(start);

            Assert.NotEqual(0, exitCode);
            Assert.Contains("Alipay:Sandbox:Enabled is true, but this build does not carry the local Alipay gateway", output);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    // The libraries of Shop.Web.deps.json, as "name/version".
    private List<string> DependencyNames()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(publish.PathOf("Shop.Web.deps.json")));
        return deps.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name).ToList();
    }

    private List<string> StaticAssetRoutes()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(publish.PathOf("Shop.Web.staticwebassets.endpoints.json")));
        return manifest.RootElement.GetProperty("Endpoints").EnumerateArray().Select(endpoint => endpoint.GetProperty("Route").GetString()!).ToList();
    }

    // Full names, nested types as Outer+Inner.
    private static List<string> TypeNames(MetadataReader metadata)
    {
        string NameOf(TypeDefinition type)
        {
            var name = metadata.GetString(type.Name);
            if (type.GetDeclaringType() is { IsNil: false } declaring)
            {
                return NameOf(metadata.GetTypeDefinition(declaring)) + "+" + name;
            }

            var space = metadata.GetString(type.Namespace);
            return space.Length == 0 ? name : space + "." + name;
        }

        return metadata.TypeDefinitions.Select(handle => NameOf(metadata.GetTypeDefinition(handle))).ToList();
    }
}

/// <summary>
/// <c>dotnet publish Shop.Web -c Release</c> into a folder of its own, once for the tests that
/// look at it. The build is incremental: after <c>test.sh</c>'s Release build it only copies.
/// </summary>
public sealed class ReleasePublish : IAsyncLifetime
{
    public static readonly string Dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    public string Folder { get; } = Directory.CreateTempSubdirectory("shop-publish-").FullName;

    public string PathOf(string file) => Path.Combine(Folder, file);

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo(Dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = SourceTree.Root,
        };
        foreach (var argument in new[] { "publish", Path.Combine(SourceTree.WebProject, "Shop.Web.csproj"), "-c", "Release", "-o", Folder, "--disable-build-servers", "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        var (exitCode, output) = await RunAsync(start);
        Assert.True(exitCode == 0, "dotnet publish failed:\n" + output);
    }

    /// <summary>Runs a process to its end; one still running after ten minutes is stopped and fails the test.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var hung = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(hung.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{start.FileName} {string.Join(' ', start.ArgumentList)} was still running after ten minutes.");
        }

        return (process.ExitCode, await output + await errors);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
