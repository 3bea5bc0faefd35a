namespace Shop.Web.Configuration;

/// <summary>
/// <c>Benchmark:Enabled</c> (never on unless set): maps <c>GET /benchmark/plaintext</c>, a fixed
/// text answered through the shop's whole pipeline, which the benchmark (bench/) measures every
/// page against, so that figures taken on a busy or slower machine still compare.
/// </summary>
public static class BenchmarkConfiguration
{
    public const string PlaintextPath = "/benchmark/plaintext";

    public static WebApplication MapBenchmarkBaseline(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Benchmark:Enabled"))
        {
            app.MapGet(PlaintextPath, () => Results.Text("Hello, World!", "text/plain"));
        }
        return app;
    }
}
