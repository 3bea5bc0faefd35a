namespace Shop.Bench;

/// <summary>A page the benchmark loads: who asks for it, its name in the report, and its URL.</summary>
public sealed record Endpoint(string Name, bool Buyer, string Path)
{
    public string Label => Buyer ? Name + " (buyer)" : Name;
}

/// <summary>
/// One page at one catalog size: a wrk result per round, the server's CPU time over them, the size
/// of the answer, and one request alone on the idle server (its latency and CPU time), which says
/// what a page costs even when under load it answers nothing within a round.
/// </summary>
public sealed record Measurement(Endpoint Endpoint, List<WrkResult> Rounds, TimeSpan Cpu, long Bytes, TimeSpan AloneLatency, TimeSpan AloneCpu)
{
    private IEnumerable<WrkResult> Answered => Rounds.Where(r => r.Requests > 0);

    public long Requests => Rounds.Sum(r => r.Requests);
    public double RequestsPerSecond => Rounds.Average(r => r.RequestsPerSecond);
    public double P50Ms => Answered.Any() ? Answered.Average(r => r.P50Ms) : double.NaN;
    public double P99Ms => Answered.Any() ? Answered.Max(r => r.P99Ms) : double.NaN;
    public long Errors => Rounds.Sum(r => r.Errors);
    public double CpuMsPerRequest => Requests == 0 ? double.NaN : Cpu.TotalMilliseconds / Requests;
}

/// <summary>Everything measured at one catalog size.</summary>
public sealed record SizeResult(int Products, List<Measurement> Measurements, long PeakMemory, TimeSpan ImportTime, TimeSpan Elapsed, StormResult? Storm)
{
    public Measurement? Find(string label) => Measurements.Find(m => m.Endpoint.Label == label);

    /// <summary>Requests per second as a share of the plaintext baseline's in the same run.</summary>
    public double Ratio(string label) =>
        Find(label) is { } page && Find(BenchRun.Plaintext) is { } plaintext ? page.RequestsPerSecond / plaintext.RequestsPerSecond : double.NaN;
}
