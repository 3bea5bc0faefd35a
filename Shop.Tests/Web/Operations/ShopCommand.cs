using System.Diagnostics;

namespace Shop.Tests.Web.Operations;

/// <summary>
/// An operator's command run as a real process (<c>dotnet Shop.Web.dll COMMAND ...</c>) on the
/// database and files of a running test shop, on the provider of the test run.
/// </summary>
public static class ShopCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(ShopWebApplicationFactory shop, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Shop.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = shop.Database.Provider.ToString();
        start.Environment["ConnectionStrings__Shop"] = shop.Database.ConnectionString;
        start.Environment["Storage__Root"] = Path.Combine(shop.DataFolder, "files");
        start.Environment["LANG"] = "en_US.UTF-8";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
