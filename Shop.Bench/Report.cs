using System.Globalization;
using System.Text;

namespace Shop.Bench;

/// <summary>
/// The results as markdown: the machine, each page as a share of the plaintext baseline at each
/// catalog size with issue 9's targets, the details of every page, memory and the notification storm.
/// </summary>
public static class Report
{
    private const double AnonymousTarget = 0.30;
    private const double BuyerTarget = 0.08;
    private const double FlatTarget = 0.8;
    private const long PageWeightTarget = 60 * 1024;
    private const long MemoryTarget = 400L * 1024 * 1024;
    private const double StormTarget = 1000;

    private static readonly string[] CachedPages = ["/", "/catalog", "category page", "product page"];

    public static string Write(BenchOptions options, MachineDescription machine, List<SizeResult> results, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        var first = results[0];
        var last = results[^1];
        text.AppendLine(options.Smoke ? "# Benchmark smoke run" : "# Benchmark results");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Taken {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `bench/run.sh{(options.Smoke ? " --smoke" : "")}{(options.ChosenSizes is { } chosen ? " --sizes " + string.Join(',', chosen) : "")}{(options.Only is { } only ? " --only " + only : "")}` in {elapsed.TotalMinutes:0.0} minutes (what is measured and how: README: Performance).");
        if (options.Note is { Length: > 0 } note)
        {
            text.AppendLine();
            text.AppendLine("> " + note);
        }
        text.AppendLine();
        text.AppendLine("## Machine");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- CPU: {machine.Cpu}, {machine.Cores} cores: the shop pinned to core 0, wrk and the bench's fake Alipay to core 1");
        text.AppendLine(CultureInfo.InvariantCulture, $"- RAM: {machine.Memory}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- OS: {machine.System}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- .NET: {machine.DotNet}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Load average when the run started: {machine.LoadAverage}");
        text.AppendLine();

        text.AppendLine("## Pages, as a share of plaintext");
        text.AppendLine();
        text.AppendLine("Requests per second of each page divided by those of the plaintext endpoint of the same app in the same run " +
                        $"(wrk, {BenchOptions.Connections} connections, {options.Rounds} round(s) of {options.RoundSeconds} s per page after a {options.WarmupSeconds} s warm-up, rounds alternating over all pages).");
        text.AppendLine();
        var sizes = results.Select(r => Products(r.Products)).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"| page | {string.Join(" | ", sizes)} | {Products(last.Products)}/{Products(first.Products)} | shop CPU ms per request | HTML | target | met |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| --- |{string.Concat(sizes.Select(_ => " ---: |"))} ---: | --- | --- | --- | --- |");
        foreach (var endpoint in first.Measurements.Select(m => m.Endpoint).Where(e => e.Name != BenchRun.Plaintext))
        {
            var label = endpoint.Label;
            var ratios = results.Select(r => r.Ratio(label)).ToList();
            var flat = ratios[^1] / ratios[0];
            var (target, met) = PageTarget(endpoint, ratios, flat, results.Count > 1);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {string.Join(" | ", ratios.Select(Ratio))} | {(results.Count > 1 ? flat.ToString("0.00", CultureInfo.InvariantCulture) : "n/a")} " +
                            $"| {Range(results, label, CpuPerRequest)} " +
                            $"| {Range(results, label, m => Size(m.Bytes))} | {target} | {met} |");
        }
        text.AppendLine();
        text.AppendLine("\"none\": not one answer within a round (64 requests at once each waited longer than the round). " +
                        "CPU per request is measured under load, or, marked \"alone\", from one request at a time on the idle shop where the load got no answer.");
        text.AppendLine();

        text.AppendLine("## Targets of issue 9");
        text.AppendLine();
        text.AppendLine("| what | target | measured | met |");
        text.AppendLine("| --- | --- | --- | --- |");
        if (options.Measures("anonymous"))
        {
            var searchP99 = last.Find("search, ~1% hits")!.P99Ms;
            var categoryP99 = last.Find("category page")!.P99Ms;
            text.AppendLine(CultureInfo.InvariantCulture, $"| search at {Products(last.Products)} | p99 within 2x of the category page | {Ms(searchP99)} vs {Ms(categoryP99)} | {Met(searchP99 <= 2 * categoryP99)} |");
            var heaviest = results.Max(r => r.Find("/catalog")!.Bytes);
            text.AppendLine(CultureInfo.InvariantCulture, $"| page weight | `/catalog` HTML under 60 KB at any size | up to {Size(heaviest)} | {Met(heaviest < PageWeightTarget)} |");
        }
        var memory = results.Max(r => r.PeakMemory);
        text.AppendLine(CultureInfo.InvariantCulture, $"| memory | peak RSS < 400 MB through the {Products(last.Products)} run | {Size(last.PeakMemory)} (largest of all sizes: {Size(memory)}) | {Met(last.PeakMemory < MemoryTarget)} |");
        if (last.Storm is { } storm)
        {
            // None wrong and no 5xx in the warm-up either.
            var wrong = storm.WrongStates + (storm.WarmUp?.WrongStates ?? 0);
            var errors = storm.ServerErrors + (storm.WarmUp?.ServerErrors ?? 0);
            text.AppendLine(CultureInfo.InvariantCulture, $"| notification storm | >= 1,000 notifications/s on one core, zero wrong states, zero 5xx | {storm.PerSecond:0} /s, {wrong} wrong, {errors} 5xx | " +
                            $"{Met(storm.PerSecond >= StormTarget && wrong == 0 && errors == 0)} |");
        }
        text.AppendLine("| abandoned requests | a disconnected client stops its database work | not measured here: a test's job | n/a |");
        text.AppendLine();

        text.AppendLine("## Every page at every size");
        text.AppendLine();
        text.AppendLine("| products | page | requests/s (each round) | p50 ms | p99 ms | errors | CPU ms per request | alone: latency / CPU ms | bytes |");
        text.AppendLine("| ---: | --- | --- | ---: | ---: | ---: | ---: | --- | ---: |");
        foreach (var result in results)
        {
            foreach (var m in result.Measurements)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {Products(result.Products)} | {m.Endpoint.Label} | {string.Join(" / ", m.Rounds.Select(r => r.RequestsPerSecond.ToString("0", CultureInfo.InvariantCulture)))} " +
                                $"| {Number(m.P50Ms, "0.0")} | {Number(m.P99Ms, "0.0")} | {m.Errors} | {Number(m.CpuMsPerRequest, "0.00")} " +
                                $"| {m.AloneLatency.TotalMilliseconds:0.0} / {m.AloneCpu.TotalMilliseconds:0.0} | {m.Bytes:N0} |");
            }
        }
        text.AppendLine();
        text.AppendLine("Errors are wrk's socket errors (timeouts after 10 s included) and non-2xx answers. CPU time is the shop's user and system time " +
                        "(/proc/PID/stat) while wrk ran, divided by the requests answered; the work of requests still running when wrk stopped is waited out, not counted.");
        text.AppendLine();

        text.AppendLine("## Memory and data");
        text.AppendLine();
        text.AppendLine("| products | peak RSS of the shop (VmHWM) | import of the products (`import-products`, when the database was built) | time at this size |");
        text.AppendLine("| ---: | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Products(result.Products)} | {Size(result.PeakMemory)} | {result.ImportTime.TotalSeconds:0.0} s ({result.Products / Math.Max(result.ImportTime.TotalSeconds, 0.001):N0} rows/s) | {result.Elapsed.TotalSeconds:0} s |");
        }
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Each database also holds {options.HistoricalOrders:N0} paid orders and {options.Donations:N0} donations of the past year, {options.Users:N0} customers and {options.Categories} categories.");
        text.AppendLine();

        if (last.Storm is { } s)
        {
            text.AppendLine("## Notification storm");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"The bench plays Alipay at {Products(last.Products)} products: the paying notification (WAIT_SELLER_SEND_GOODS, signed with the shop's key) of each unpaid order " +
                            $"and {BenchOptions.StormCopies} copies of it, in random order, {s.Senders} at a time; its gateway answers notify_verify true once per notify_id, false after. " +
                            $"The same storm for {s.WarmUp?.Orders ?? 0:N0} other orders comes first as a warm-up, then the bench waits until the shop is idle; " +
                            $"the warm-up's speed is not counted, but its answers and orders are checked as the storm's.");
            text.AppendLine();
            text.AppendLine("| orders | notifications | seconds | notifications/s | shop CPU ms each | 5xx | answers other than success | orders in a wrong state | notify_verify calls per order |");
            text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| {s.Orders:N0} | {s.Notifications:N0} | {s.Elapsed.TotalSeconds:0.0} | {s.PerSecond:0} | {s.ServerCpu.TotalMilliseconds / s.Notifications:0.00} | {s.ServerErrors} | {s.FailAnswers} | {s.WrongStates} | {s.VerifyCallsMin}..{s.VerifyCallsMax} |");
            if (s.WarmUp is { } w)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {w.Orders:N0} (warm-up, not counted) | {w.Notifications:N0} | {w.Elapsed.TotalSeconds:0.0} | {w.PerSecond:0} | {w.ServerCpu.TotalMilliseconds / w.Notifications:0.00} | {w.ServerErrors} | {w.FailAnswers} | {w.WrongStates} | {w.VerifyCallsMin}..{w.VerifyCallsMax} |");
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    private static (string Target, string Met) PageTarget(Endpoint endpoint, List<double> ratios, double flat, bool severalSizes)
    {
        var targets = new List<string>();
        var met = true;
        if (CachedPages.Contains(endpoint.Name))
        {
            var share = endpoint.Buyer ? BuyerTarget : AnonymousTarget;
            targets.Add($">= {share:0.00}");
            met &= ratios.Min() >= share;
        }
        if (severalSizes)
        {
            targets.Add($"flat >= {FlatTarget:0.0}");
            met &= flat >= FlatTarget;
        }
        return targets.Count == 0 ? ("", "") : (string.Join(", ", targets), Met(met));
    }

    private static string Range(List<SizeResult> results, string label, Func<Measurement, string> value) =>
        results.Count == 1 ? value(results[0].Find(label)!) : $"{value(results[0].Find(label)!)} → {value(results[^1].Find(label)!)}";

    private static string Met(bool met) => met ? "met" : "**missed**";

    private static string Ratio(double ratio) => double.IsNaN(ratio) ? "n/a" : ratio == 0 ? "none" : ratio.ToString(ratio >= 0.01 ? "0.000" : "0.0000", CultureInfo.InvariantCulture);

    private static string CpuPerRequest(Measurement m) =>
        m.Requests > 0 ? m.CpuMsPerRequest.ToString("0.0", CultureInfo.InvariantCulture) : $"{m.AloneCpu.TotalMilliseconds:0.0} alone";

    private static string Number(double value, string format) => double.IsNaN(value) ? "none" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Ms(double ms) => double.IsNaN(ms) ? "no answer" : $"{ms:0.0} ms";

    private static string Products(int products) => products >= 1000 && products % 1000 == 0 ? $"{products / 1000}k" : products.ToString(CultureInfo.InvariantCulture);

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / 1024.0 / 1024.0:0.0} MB",
        >= 1024 => $"{bytes / 1024.0:0.0} KB",
        _ => $"{bytes} B",
    };
}
