using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Shop.Tests.Web.Admin;

namespace Shop.Tests.Web;

/// <summary>
/// Styles and scripts are linked by fingerprinted URLs that browsers keep for a year, and text is
/// compressed where it pays and is safe: static files always, pages over plain HTTP only (BREACH).
/// </summary>
public partial class StaticFilesTests(StaticFilesTests.CachingShopFactory factory) : IClassFixture<StaticFilesTests.CachingShopFactory>
{
    /// <summary>The shop with the caching headers MapStaticAssets sends outside Development too.</summary>
    public sealed class CachingShopFactory : ShopWebApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("EnableStaticAssetsDevelopmentCaching", "true");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("""(?:href|src)="(/(?:lib|css|js|_framework)/[^"]+)"[^>]*>""")]
    private static partial System.Text.RegularExpressions.Regex AssetLink();

    [System.Text.RegularExpressions.GeneratedRegex(@"\.[a-z0-9]{8,}\.(css|js)$")]
    private static partial System.Text.RegularExpressions.Regex Fingerprinted();

    private HttpClient Client(string baseAddress = "http://localhost") =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? acceptEncoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }
        return await client.SendAsync(request);
    }

    private static async Task<List<string>> AssetLinksAsync(HttpResponseMessage page) =>
        AssetLink().Matches(await page.Content.ReadAsStringAsync()).Select(match => match.Groups[1].Value).ToList();

    [Fact]
    public async Task The_layout_links_styles_and_scripts_by_fingerprinted_urls_kept_for_a_year()
    {
        var client = Client();

        var links = await AssetLinksAsync(await GetAsync(client, "/"));

        Assert.Equal(6, links.Count); // Bootstrap's styles, its icons, the shop's styles, Bootstrap's script, the shop's script, the search suggestions' script
        foreach (var link in links)
        {
            Assert.Matches(Fingerprinted(), link);
            var response = await GetAsync(client, link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cacheControl = response.Headers.CacheControl!;
            Assert.Equal((TimeSpan.FromDays(365), true), (cacheControl.MaxAge, cacheControl.Extensions.Any(e => e.Name == "immutable")));
        }
    }

    [Fact]
    public async Task The_live_order_pages_link_the_blazor_script_by_its_fingerprint_too()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var order = await factory.PlaceOrderAsync((await factory.AddProductAsync()).Id);

        var links = await AssetLinksAsync(await browser.GetAsync($"/admin/orders/{order.Number}"));

        Assert.Contains(links, link => link.StartsWith("/_framework/blazor.server.", StringComparison.Ordinal) && Fingerprinted().IsMatch(link));
    }

    [Fact]
    public async Task A_file_asked_for_without_its_fingerprint_is_checked_again_before_use()
    {
        var response = await GetAsync(Client(), "/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoCache);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed_over_http_when_the_browser_asks(string encoding)
    {
        var response = await GetAsync(Client(), "/catalog", encoding);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decompressed = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        var html = await new StreamReader(decompressed).ReadToEndAsync();
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart());
        Assert.Contains("data-product-id", html);
    }

    [Fact]
    public async Task Pages_over_https_are_not_compressed_because_of_breach()
    {
        var response = await GetAsync(Client("https://localhost"), "/catalog", "br, gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.StartsWith("<!DOCTYPE html>", (await response.Content.ReadAsStringAsync()).TrimStart());
    }

    [Fact]
    public async Task Styles_are_served_compressed_even_over_https_and_fonts_as_they_are()
    {
        var client = Client("https://localhost");
        var links = await AssetLinksAsync(await GetAsync(client, "/"));
        var stylesheet = links.First(link => link.StartsWith("/css/site.", StringComparison.Ordinal));

        var style = await GetAsync(client, stylesheet, "gzip");
        var font = await GetAsync(client, "/lib/bootstrap-icons/font/fonts/bootstrap-icons.woff2", "br, gzip");

        Assert.Equal(["gzip"], style.Content.Headers.ContentEncoding);
        Assert.Equal(HttpStatusCode.OK, font.StatusCode);
        Assert.Empty(font.Content.Headers.ContentEncoding);
        Assert.Equal(new MediaTypeHeaderValue("font/woff2"), font.Content.Headers.ContentType);
    }
}
