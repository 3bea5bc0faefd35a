using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Shop.Tests.Sandbox;

namespace Shop.Tests.Web.Operations;

/// <summary>
/// The shop as an operator runs it: <c>dotnet Shop.Web.dll</c> in a process of its own, with the
/// environment given (a HOME of its own, the database and files of the test), either serving on a
/// loopback port or running one command. Its output is kept for failure messages.
/// </summary>
public sealed class ShopProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ShopProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public Uri BaseAddress { get; private init; } = null!;

    public static ProcessStartInfo StartInfo(IDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Shop.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return start;
    }

    /// <summary>Runs one command (backup, restore...) to its end: its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(environment, arguments))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>Starts the web server on a free loopback port and waits until /health answers.</summary>
    public static async Task<ShopProcess> ServeAsync(IDictionary<string, string> environment)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var settings = new Dictionary<string, string>(environment)
        {
            ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/'),
            ["Alipay__PublicBaseUrl"] = address.ToString().TrimEnd('/'),
        };
        var shop = new ShopProcess(Process.Start(StartInfo(settings))!) { BaseAddress = address };
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.Until(async () =>
        {
            Assert.False(shop._process.HasExited, "The shop stopped at start:\n" + shop.Output);
            try
            {
                return (await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
            catch (TaskCanceledException)
            {
                return false;
            }
        }, "the shop's process to answer /health", TimeSpan.FromSeconds(90));
        return shop;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }
}
