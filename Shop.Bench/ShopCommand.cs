using System.Diagnostics;

namespace Shop.Bench;

/// <summary>The published shop (Release, Production), as the benchmark runs it: commands, and the server on one core.</summary>
public sealed class ShopCommand(BenchOptions options)
{
    public const string Partner = "2088101122136241";
    public const string Key = "bench0key0for0benchmark0only0000";

    /// <summary>Runs a command of the shop (import-products...) against the database; answers what it printed, and fails the benchmark if it fails.</summary>
    public async Task<string> RunAsync(string database, params string[] arguments)
    {
        var start = StartInfo(database, "", 0, 0);
        start.FileName = "dotnet";
        start.ArgumentList.Add(options.AppPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new BenchBrokeException($"{string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await errors}");
        }
        return await output;
    }

    /// <summary>Starts the server pinned to core 0 and waits until /health answers.</summary>
    public async Task<ShopServer> StartServerAsync(string database, string dataFolder, int port, int gatewayPort)
    {
        var start = StartInfo(database, dataFolder, port, gatewayPort);
        start.FileName = "taskset";
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("0");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(options.AppPath);
        var process = Process.Start(start)!;
        var server = new ShopServer(process, port);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    private ProcessStartInfo StartInfo(string database, string dataFolder, int port, int gatewayPort)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(options.AppPath)!,
        };
        var environment = start.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["ConnectionStrings__Shop"] = $"Data Source={database}";
        environment["Storage__Root"] = dataFolder.Length > 0 ? dataFolder : Path.Combine(Path.GetDirectoryName(database)!, "files");
        environment["Logging__LogLevel__Default"] = "Warning";
        environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        environment["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning";
        environment["Benchmark__Enabled"] = "true";
        // Per-address limits would throttle a load test from one address; the switch comes with them.
        environment["RateLimits__Enabled"] = "false";
        // Production needs real-looking Alipay settings: the bench's own gateway on loopback plays Alipay.
        environment["Alipay__Partner"] = Partner;
        environment["Alipay__Key"] = Key;
        environment["Alipay__SellerEmail"] = BenchDatabase.SellerEmail;
        environment["Alipay__GatewayUrl"] = $"http://127.0.0.1:{gatewayPort}/gateway.do";
        environment["Alipay__PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        environment["LANG"] = "en_US.UTF-8";
        return start;
    }
}
