using System.Net;
using AngleSharp.Html.Dom;
using Shop.Tests.Web.Admin;

namespace Shop.Tests.Web.Security;

/// <summary>
/// Every response, pages, files, redirects and error pages, carries the security headers, and no
/// page needs what the Content-Security-Policy forbids (inline script, inline event handlers).
/// </summary>
public class SecurityHeadersTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    private static string Directive(string policy, string name) =>
        policy.Split(';', StringSplitOptions.TrimEntries).SingleOrDefault(d => d.StartsWith(name + " ", StringComparison.Ordinal)) ?? "";

    private static void AssertSecurityHeaders(HttpResponseMessage response, string what)
    {
        var policy = Header(response, "Content-Security-Policy");
        Assert.True(policy.Length > 0, $"{what}: no Content-Security-Policy");
        Assert.Equal("script-src 'self'", Directive(policy, "script-src"));
        Assert.Equal("frame-ancestors 'none'", Directive(policy, "frame-ancestors"));
        Assert.Equal("base-uri 'self'", Directive(policy, "base-uri"));
        Assert.Equal("object-src 'none'", Directive(policy, "object-src"));
        Assert.Equal("connect-src 'self'", Directive(policy, "connect-src"));
        Assert.StartsWith("form-action 'self'", Directive(policy, "form-action"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        var permissions = Header(response, "Permissions-Policy");
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()", "payment=()" })
        {
            Assert.Contains(feature, permissions);
        }
    }

    [Fact]
    public async Task Pages_files_redirects_posts_and_error_pages_all_carry_the_security_headers_every_time()
    {
        var browser = factory.CreateBrowser();
        var responses = new List<(string What, HttpResponseMessage Response)>();
        foreach (var path in new[] { "/", "/catalog", "/catalog", "/donate", "/css/site.css", "/no-such-page", "/health", "/checkout" })
        {
            responses.Add(("GET " + path, await browser.GetAsync(path)));
        }
        responses.Add(("GET /culture", await browser.GetAsync("/culture?culture=en&returnUrl=%2F")));
        responses.Add(("GET / in English", await browser.GetAsync("/")));
        responses.Add(("POST /cart/items", await browser.AddToCartAsync((await factory.ProductAsync("longjing-green-tea")).Id)));

        foreach (var (what, response) in responses)
        {
            AssertSecurityHeaders(response, what);
            Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        }
        Assert.Equal(HttpStatusCode.NotFound, responses.Single(r => r.What == "GET /no-such-page").Response.StatusCode);
    }

    [Fact]
    public async Task The_pay_page_tells_the_gateway_only_the_shops_origin_and_its_form_may_post_there()
    {
        using var shop = factory.WithWebHostBuilder(builder => builder.UseSetting("Alipay:GatewayUrl", "https://mapi.alipay.com/gateway.do"));
        var donor = shop.CreateClient(new() { AllowAutoRedirect = false });
        var placed = await donor.SubmitFormAsync("/donate", new() { ["amount"] = "10" });

        var pay = await donor.GetAsync(placed.RedirectPath());

        AssertSecurityHeaders(pay, "the pay page");
        Assert.Equal("strict-origin", Header(pay, "Referrer-Policy"));
        var formAction = Directive(Header(pay, "Content-Security-Policy"), "form-action");
        // The gateway, and the cashier on another alipay.com host it sends the buyer's post on to.
        Assert.Contains("https://mapi.alipay.com", formAction);
        Assert.Contains("https://*.alipay.com", formAction);
        var form = (await pay.ReadHtmlAsync()).QuerySelector("form[data-alipay-form]")!;
        Assert.StartsWith("https://mapi.alipay.com/gateway.do", form.GetAttribute("action"));
    }

    [Fact]
    public async Task No_page_has_inline_script_or_inline_event_handlers()
    {
        var tea = await factory.ProductAsync("longjing-green-tea");
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(tea.Id);
        var placed = await buyer.SubmitFormAsync("/donate", new() { ["amount"] = "10" });
        var admin = await factory.CreateAdminBrowserAsync();
        var pages = new List<(HttpClient Browser, string Path)>();
        foreach (var path in new[] { "/", "/catalog", $"/catalog/{tea.Slug}", "/cart", "/checkout", "/donate", placed.RedirectPath()!, "/orders", "/Identity/Account/Login", "/Identity/Account/Register" })
        {
            pages.Add((buyer, path));
        }
        foreach (var path in new[] { "/admin", "/admin/orders", "/admin/products", $"/admin/products/{tea.Id}/edit", "/admin/products/new", "/admin/categories", "/admin/donations", "/admin/products/low-stock" })
        {
            pages.Add((admin, path));
        }

        foreach (var (browser, path) in pages)
        {
            var response = await browser.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
            var page = await response.ReadHtmlAsync();
            AssertNoInlineScript(page, path);
        }
    }

    private static void AssertNoInlineScript(IHtmlDocument page, string path)
    {
        foreach (var script in page.QuerySelectorAll("script"))
        {
            Assert.True(script.HasAttribute("src"), $"{path} has an inline script: {script.OuterHtml[..Math.Min(120, script.OuterHtml.Length)]}");
        }
        var handlers = page.All.SelectMany(e => e.Attributes.Select(a => (Element: e.LocalName, a.Name)))
            .Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).ToList();
        Assert.True(handlers.Count == 0, $"{path} has inline event handlers: {string.Join(", ", handlers)}");
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }
}
