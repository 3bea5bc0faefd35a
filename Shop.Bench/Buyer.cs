using System.Net;
using System.Text.RegularExpressions;

namespace Shop.Bench;

/// <summary>
/// A buyer signed in through the shop's own pages, with a cart of five lines; wrk carries the
/// buyer's cookies through a Lua script.
/// </summary>
public sealed partial class Buyer : IDisposable
{
    public const string Password = "Bench#2026buyer";

    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _client;
    private readonly string _baseUrl;

    public Buyer(string baseUrl)
    {
        _baseUrl = baseUrl;
        _client = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        _client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
    }

    public void Dispose() => _client.Dispose();

    public string Email { get; } = $"buyer-{Guid.NewGuid():N}@bench.local";

    /// <summary>The Cookie header the buyer's browser sends.</summary>
    public string CookieHeader => _cookies.GetCookieHeader(new Uri(_baseUrl));

    /// <summary>Registers and signs in: registration answers "check your mail" alike for a new and a taken address, and signs no one in.</summary>
    public async Task RegisterAsync()
    {
        var registered = await PostFormAsync("/Identity/Account/Register", "/Identity/Account/Register", new()
        {
            ["Input.Email"] = Email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        if (!registered.IsSuccessStatusCode && registered.StatusCode != HttpStatusCode.Redirect)
        {
            throw new BenchBrokeException($"Registering the buyer answered {(int)registered.StatusCode}.");
        }
        var signedIn = await PostFormAsync("/Identity/Account/Login", "/Identity/Account/Login", new()
        {
            ["Input.Email"] = Email,
            ["Input.Password"] = Password,
        });
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new BenchBrokeException($"Signing the buyer in answered {(int)signedIn.StatusCode}.");
        }
    }

    public async Task AddToCartAsync(int productId, int quantity)
    {
        var response = await PostFormAsync("/cart", "/cart/items", new()
        {
            ["productId"] = productId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["quantity"] = quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new BenchBrokeException($"Adding product {productId} to the cart answered {(int)response.StatusCode}.");
        }
        // As a browser does: the page it is sent back to shows "added to the cart" once, and the
        // message's cookie goes with it. Left behind, every measured page would show it again.
        (await _client.GetAsync(response.Headers.Location)).EnsureSuccessStatusCode();
    }

    /// <summary>A Lua script for wrk that sends the buyer's cookies with every request.</summary>
    public string WriteWrkScript(string folder)
    {
        var path = Path.Combine(folder, "buyer.lua");
        File.WriteAllText(path, $"wrk.headers[\"Cookie\"] = \"{CookieHeader}\"\nwrk.headers[\"Accept-Language\"] = \"zh-CN\"\n");
        return path;
    }

    private async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string action, Dictionary<string, string> fields)
    {
        var page = await _client.GetStringAsync(pageUrl);
        var token = Token().Match(page);
        if (!token.Success)
        {
            throw new BenchBrokeException($"{pageUrl} has no form token.");
        }
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await _client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)"[^>]*>""")]
    private static partial Regex Token();
}
