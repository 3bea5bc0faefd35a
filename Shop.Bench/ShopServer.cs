using System.Diagnostics;
using System.Globalization;

namespace Shop.Bench;

/// <summary>The running shop: its address, and what /proc says of its CPU time and memory.</summary>
public sealed class ShopServer : IAsyncDisposable
{
    private static readonly double TicksPerSecond = ReadTicksPerSecond();
    private readonly Process _process;
    private readonly Task<string> _errors;
    private readonly Queue<string> _recentOutput = new();

    public ShopServer(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseUrl = $"http://127.0.0.1:{port}";
        _process.OutputDataReceived += (_, line) => Remember(line.Data);
        _process.BeginOutputReadLine();
        _errors = _process.StandardError.ReadToEndAsync();
    }

    /// <summary>The last lines the shop logged (warnings and errors): why a page answered 500.</summary>
    public string RecentOutput()
    {
        lock (_recentOutput)
        {
            return string.Join('\n', _recentOutput);
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_recentOutput)
        {
            _recentOutput.Enqueue(line);
            if (_recentOutput.Count > 60)
            {
                _recentOutput.Dequeue();
            }
        }
    }

    public int Port { get; }
    public string BaseUrl { get; }

    /// <summary>User and system CPU time the server has used, from /proc/PID/stat.</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        // The fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>The peak resident memory since the server started (VmHWM of /proc/PID/status), in bytes.</summary>
    public long PeakMemory()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    public async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new BenchBrokeException("The shop stopped at start: " + await _errors);
            }
            try
            {
                if ((await client.GetAsync(BaseUrl + "/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy starting
            }
            await Task.Delay(100);
        }
        throw new BenchBrokeException("The shop did not answer /health within 60 s.");
    }

    /// <summary>
    /// Waits until the server has gone quiet: requests whose client gave up (wrk stopped) may still
    /// be running, and would be counted against the next page. Answers how long it took.
    /// </summary>
    public async Task<TimeSpan> WaitUntilIdleAsync(TimeSpan limit)
    {
        var started = Stopwatch.StartNew();
        var quiet = 0;
        var last = CpuTime();
        while (started.Elapsed < limit && quiet < 2)
        {
            await Task.Delay(250);
            var now = CpuTime();
            quiet = now - last <= TimeSpan.FromMilliseconds(25) ? quiet + 1 : 0;
            last = now;
        }
        return started.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static double ReadTicksPerSecond()
    {
        using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true })!;
        var text = getconf.StandardOutput.ReadToEnd().Trim();
        getconf.WaitForExit();
        return double.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks) ? ticks : 100;
    }
}
