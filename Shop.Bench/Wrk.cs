using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Shop.Bench;

/// <summary>What one wrk run measured.</summary>
public sealed record WrkResult(long Requests, double RequestsPerSecond, double P50Ms, double P99Ms, long Errors);

/// <summary>wrk, pinned to core 1 (the server has core 0), 64 connections, with the buyer's cookies when given.</summary>
public static partial class Wrk
{
    public static async Task<WrkResult> RunAsync(string url, int connections, int seconds, string? luaScript)
    {
        var start = new ProcessStartInfo("taskset") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "1", "wrk", "-t1", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "--latency" })
        {
            start.ArgumentList.Add(argument);
        }
        if (luaScript is not null)
        {
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add(luaScript);
        }
        start.ArgumentList.Add(url);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new BenchBrokeException($"wrk failed on {url}: {output}{errors}");
        }
        return Parse(output);
    }

    public static WrkResult Parse(string output)
    {
        var requests = long.Parse(RequestsLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var perSecond = double.Parse(PerSecondLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var socketErrors = SocketErrors().Match(output) is { Success: true } socket
            ? Enumerable.Range(1, 4).Sum(i => long.Parse(socket.Groups[i].Value, CultureInfo.InvariantCulture))
            : 0;
        var non2xx = Non2xx().Match(output) is { Success: true } bad ? long.Parse(bad.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new WrkResult(requests, perSecond, Percentile(output, "50"), Percentile(output, "99"), socketErrors + non2xx);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s*{percent}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            return double.NaN;
        }
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "ms" => value,
            _ => value * 1000,
        };
    }

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex PerSecondLine();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();
}
