using System.Text.RegularExpressions;

namespace Shop.Tests.Web;

/// <summary>What a browser does with a page's form: read its anti-forgery token and post the fields with it.</summary>
public static partial class HtmlFormExtensions
{
    public const string AntiforgeryFieldName = "__RequestVerificationToken";

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)"[^>]*>""")]
    private static partial Regex AntiforgeryTokenInput();

    /// <summary>GETs the page and returns the anti-forgery token of its first form.</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        using var response = await client.GetAsync(pageUrl);
        var html = await response.Content.ReadAsStringAsync();
        return AntiforgeryTokenIn(html)
            ?? throw new InvalidOperationException($"GET {pageUrl} answered {(int)response.StatusCode} without a form token.");
    }

    /// <summary>The anti-forgery token of the first form of a page already loaded, or null when it has none.</summary>
    public static string? AntiforgeryTokenIn(string html)
    {
        var match = AntiforgeryTokenInput().Match(html);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>
    /// Opens the page, then posts the fields with the page's anti-forgery token, to the page itself
    /// or to <paramref name="action"/>. Cookies stay in the client.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string pageUrl, Dictionary<string, string> fields, string? action = null)
    {
        var token = await client.GetAntiforgeryTokenAsync(pageUrl);
        var form = new Dictionary<string, string>(fields) { [AntiforgeryFieldName] = token };
        return await client.PostAsync(action ?? pageUrl, new FormUrlEncodedContent(form));
    }

    /// <summary>
    /// Where a redirect points: a path for the test server (http://localhost), whether the app wrote it
    /// relative or absolute; the full address for anywhere else.
    /// </summary>
    public static string? RedirectPath(this HttpResponseMessage response) =>
        response.Headers.Location switch
        {
            null => null,
            { IsAbsoluteUri: false } relative => relative.OriginalString,
            { Host: "localhost" } local => local.PathAndQuery,
            var elsewhere => elsewhere.AbsoluteUri,
        };
}
