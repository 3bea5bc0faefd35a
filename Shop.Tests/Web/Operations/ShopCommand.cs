using System.Diagnostics;

namespace Shop.Tests.Web.Operations;

/// <summary>
/// An operator's command run as a real process (<c>dotnet Shop.Web.dll COMMAND ...</c>), with what
/// it printed on standard output and on standard error.
/// </summary>
public static class ShopCommand
{
    /// <summary>On the database and files of a running test shop, on the provider of the test run; the output and errors together.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(ShopWebApplicationFactory shop, params string[] arguments)
    {
        var (exitCode, output, errors) = await RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = shop.Database.Provider.ToString(),
            ["ConnectionStrings__Shop"] = shop.Database.ConnectionString,
            ["Storage__Root"] = Path.Combine(shop.DataFolder, "files"),
            ["LANG"] = "en_US.UTF-8",
        }, arguments);
        return (exitCode, output + errors);
    }

    /// <summary>In Production, with <paramref name="environment"/> added; <paramref name="stdin"/> typed in, if any.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        IDictionary<string, string> environment, string[] arguments, string? stdin = null)
    {
        using var process = Process.Start(ShopProcess.StartInfo(
            new Dictionary<string, string>(environment) { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, arguments))!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteLineAsync(stdin);
        }
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
