using System.Net;

namespace Shop.Tests.Web;

/// <summary>The benchmark's plaintext baseline is there only when Benchmark:Enabled says so.</summary>
public class BenchmarkBaselineTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task The_baseline_is_not_mapped_by_default()
    {
        var response = await factory.CreateClient().GetAsync("/benchmark/plaintext");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task In_benchmark_mode_the_baseline_answers_a_fixed_text()
    {
        using var benchmark = factory.WithWebHostBuilder(builder => builder.UseSetting("Benchmark:Enabled", "true"));

        var response = await benchmark.CreateClient().GetAsync("/benchmark/plaintext");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Hello, World!", await response.Content.ReadAsStringAsync());
    }
}
