namespace Shop.Bench;

/// <summary>What a run does: the full benchmark, or the smoke run that keeps it from rotting (test.sh).</summary>
public sealed record BenchOptions(
    string RepositoryRoot,
    string AppPath,
    string OutputPath,
    string? Note,
    bool Smoke,
    IReadOnlyList<int>? ChosenSizes = null,
    string? Only = null)
{
    private const string Usage = "Usage: --app PATH/Shop.Web.dll --repo ROOT [--smoke] [--out PATH] [--note TEXT] [--sizes 1000,10000] [--only anonymous|buyer|storm]";

    public IReadOnlyList<int> CatalogSizes => ChosenSizes ?? (Smoke ? [120] : [1_000, 10_000, 100_000]);

    /// <summary>A partial run while working on one thing: the anonymous pages, the buyer's, or the storm (with the plaintext baseline).</summary>
    public bool Measures(string part) => Only is null || Only == part;
    public int Categories => Smoke ? 4 : 20;
    public int HistoricalOrders => Smoke ? 300 : 100_000;
    public int Donations => Smoke ? 100 : 20_000;
    public int Users => Smoke ? 20 : 1_000;
    public int WarmupSeconds => Smoke ? 0 : 1;
    public int RoundSeconds => Smoke ? 1 : 4;
    public int Rounds => Smoke ? 1 : 2;
    public const int Connections = 64;
    public int StormOrders => Smoke ? 40 : 2_500;
    public const int StormCopies = 4;
    public const int StormSenders = 32;

    public string DataFolder => Path.Combine(RepositoryRoot, "bench", ".data");
    public string WorkFolder => Path.Combine(RepositoryRoot, "bench", ".work", Smoke ? "smoke" : "full");

    public static BenchOptions Parse(string[] args)
    {
        string? app = null, output = null, note = null, root = null, only = null;
        List<int>? sizes = null;
        var smoke = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--smoke":
                    smoke = true;
                    break;
                case "--app":
                    app = args[++i];
                    break;
                case "--out":
                    output = args[++i];
                    break;
                case "--note":
                    note = args[++i];
                    break;
                case "--repo":
                    root = args[++i];
                    break;
                case "--sizes":
                    sizes = args[++i].Split(',').Select(size => int.Parse(size, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                    break;
                case "--only" when i + 1 < args.Length && args[i + 1] is "anonymous" or "buyer" or "storm":
                    only = args[++i];
                    break;
                default:
                    throw new ArgumentException($"Unknown argument {args[i]}. {Usage}");
            }
        }
        if (app is null || root is null)
        {
            throw new ArgumentException(Usage);
        }
        // A partial run never replaces the results of a whole one.
        var report = smoke ? "smoke" : sizes is null && only is null ? "latest" : "partial";
        output ??= Path.Combine(root, "bench", "results", $"{report}.md");
        return new BenchOptions(Path.GetFullPath(root), Path.GetFullPath(app), Path.GetFullPath(output), note, smoke, sizes, only);
    }
}
