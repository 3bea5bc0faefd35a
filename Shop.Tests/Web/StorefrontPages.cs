using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Shop.Tests.Web;

/// <summary>
/// What a buyer does in the storefront (cart forms, posted with their anti-forgery token) and
/// what the pages show, read through the data-* hooks the views carry, whatever the language.
/// </summary>
public static class StorefrontPages
{
    public static async Task<IHtmlDocument> ReadHtmlAsync(this HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>GETs a page that must answer 200 OK, and returns its document.</summary>
    public static async Task<IHtmlDocument> GetHtmlAsync(this HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}.");
        }
        return await response.ReadHtmlAsync();
    }

    /// <summary>
    /// Posts the product page's "add to cart" form; a null quantity leaves the field out. The token
    /// comes from the donation page, which has a form for everyone (a token is the visitor's, not the
    /// page's), because the product is known here by its id only.
    /// </summary>
    public static Task<HttpResponseMessage> AddToCartAsync(this HttpClient browser, string productId, string? quantity = "1")
    {
        var fields = new Dictionary<string, string> { ["productId"] = productId };
        if (quantity is not null)
        {
            fields["quantity"] = quantity;
        }
        return browser.SubmitFormAsync("/donate", fields, "/cart/items");
    }

    public static Task<HttpResponseMessage> AddToCartAsync(this HttpClient browser, int productId, int quantity = 1) =>
        browser.AddToCartAsync(productId.ToString(CultureInfo.InvariantCulture), quantity.ToString(CultureInfo.InvariantCulture));

    /// <summary>Posts a cart line's quantity form (0 removes the line).</summary>
    public static Task<HttpResponseMessage> UpdateCartLineAsync(this HttpClient browser, string productId, string quantity) =>
        browser.SubmitFormAsync("/cart", new() { ["quantity"] = quantity }, $"/cart/items/{productId}");

    public static Task<HttpResponseMessage> RemoveCartLineAsync(this HttpClient browser, string productId) =>
        browser.SubmitFormAsync("/cart", [], $"/cart/items/{productId}/remove");

    /// <summary>The products of a catalog listing, in the order shown.</summary>
    public static List<int> ListedProductIds(this IHtmlDocument page) =>
        page.QuerySelectorAll("[data-product-list] [data-product-id]").Select(e => IntAttribute(e, "data-product-id")).ToList();

    /// <summary>The page numbers the pagination links to, and the one marked current.</summary>
    public static (List<int> Links, int Current) Pagination(this IHtmlDocument page) =>
        (page.QuerySelectorAll("a.page-link[data-page]").Select(e => IntAttribute(e, "data-page")).ToList(),
         page.QuerySelector("a.page-link[aria-current=page]") is { } current ? IntAttribute(current, "data-page") : 1);

    /// <summary>The count on the header's cart badge.</summary>
    public static int CartCount(this IHtmlDocument page) =>
        IntAttribute(page.QuerySelector("[data-cart-count]") ?? throw new InvalidOperationException("No cart badge."), "data-cart-count");

    /// <summary>The cart page's lines: product id and the quantity in its field.</summary>
    public static Dictionary<int, int> CartLines(this IHtmlDocument page) =>
        page.QuerySelectorAll("[data-cart-line]").ToDictionary(
            line => IntAttribute(line, "data-cart-line"),
            line => IntAttribute(line.QuerySelector("[data-line-quantity]")!, "value"));

    public static decimal CartSubtotal(this IHtmlDocument page) =>
        DecimalAttribute(page.QuerySelector("[data-subtotal]"), "data-subtotal");

    public static decimal CartLineTotal(this IHtmlDocument page, int productId) =>
        DecimalAttribute(page.QuerySelector($"[data-cart-line='{productId}'] [data-line-total]"), "data-line-total");

    /// <summary>The flash message of the last action: "message" for success, "warning" for a refusal.</summary>
    public static string? Flash(this IHtmlDocument page, string kind) =>
        page.QuerySelector($"[data-flash={kind}]")?.TextContent.Trim();

    private static decimal DecimalAttribute(IElement? element, string name) =>
        decimal.Parse(element?.GetAttribute(name) ?? throw new InvalidOperationException($"Nothing on the page has {name}."),
            CultureInfo.InvariantCulture);

    private static int IntAttribute(IElement element, string name) =>
        int.Parse(element.GetAttribute(name) ?? throw new InvalidOperationException($"<{element.LocalName}> has no {name}."), CultureInfo.InvariantCulture);
}
