using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Shop.AlipaySandbox;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Tests.Sandbox;
using Shop.Tests.Web.Checkout;

namespace Shop.Tests.Web.Payments;

/// <summary>
/// A buyer's way through checkout and the local Alipay gateway, over the app's real HTTP pipeline:
/// place the order, read the signed form of the pay page, pay at the sandbox's cashier, come back.
/// </summary>
public static partial class ShopPayments
{
    [GeneratedRegex("""<form id="alipay-form" method="post" action="([^"]+)"[^>]*>(.*?)</form>""", RegexOptions.Singleline)]
    private static partial Regex AlipayForm();

    [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]*)" />""")]
    private static partial Regex HiddenInput();

    /// <summary>The pay page's form: its action and its fields, in page order.</summary>
    public static (string Action, List<KeyValuePair<string, string>> Fields) ReadPayForm(string html)
    {
        var form = AlipayForm().Match(html);
        Assert.True(form.Success, "The pay page has the Alipay form.");
        var fields = HiddenInput().Matches(form.Groups[2].Value)
            .Select(m => KeyValuePair.Create(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))
            .ToList();
        return (WebUtility.HtmlDecode(form.Groups[1].Value), fields);
    }

    /// <summary>Checks out the browser's cart (with an address when it holds physical goods) and returns the order number.</summary>
    public static async Task<string> CheckOutAsync(this HttpClient browser, string logistics = "EXPRESS")
    {
        var response = await CheckoutTests.PlaceAsync(browser, CheckoutTests.Address(logistics));
        var target = response.RedirectPath() ?? "";
        Assert.True(target.EndsWith("/pay", StringComparison.Ordinal), $"Checkout went to '{target}' ({response.StatusCode}).");
        return target.Split('/')[2];
    }

    public static async Task<Dictionary<string, string>> PayFormAsync(this HttpClient browser, string orderNumber)
    {
        var html = await browser.GetStringAsync($"/orders/{orderNumber}/pay");
        return ReadPayForm(html).Fields.ToDictionary();
    }

    /// <summary>
    /// Pays the order at the sandbox's cashier (<paramref name="choice"/>: escrow or instant for the
    /// dual service), then follows Alipay's redirect back to return_url in the buyer's browser.
    /// Returns the trade_no and where the shop sent the buyer.
    /// </summary>
    public static async Task<(string TradeNo, string? BackTo)> PayAtSandboxAsync(
        this ShopWebApplicationFactory factory, HttpClient browser, string orderNumber, string? choice = null)
    {
        var form = await browser.PayFormAsync(orderNumber);
        var (tradeNo, paid) = await SandboxBrowser.Open(factory).PayAsync(form, choice);
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        var returnUrl = paid.Headers.Location!;
        var back = await browser.GetAsync(returnUrl.IsAbsoluteUri ? returnUrl.PathAndQuery : returnUrl.OriginalString);
        return (tradeNo, back.RedirectPath());
    }

    public static Task<Order> OrderAsync(this ShopWebApplicationFactory factory, string orderNumber) =>
        factory.QueryAsync(db => db.Orders.AsNoTracking()
            .Include(o => o.Lines).Include(o => o.History).Include(o => o.Shipments)
            .AsSplitQuery()
            .SingleAsync(o => o.Number == orderNumber));

    /// <summary>Waits for the order to reach a status (the notify is delivered in the background).</summary>
    public static async Task<Order> WaitForOrderAsync(this ShopWebApplicationFactory factory, string orderNumber, OrderStatus status)
    {
        await Eventually.Until(
            async () => (await factory.OrderAsync(orderNumber)).Status == status,
            $"order {orderNumber} to be {status}");
        return await factory.OrderAsync(orderNumber);
    }

    /// <summary>A new buyer's physical order, paid at the sandbox (escrow unless told otherwise) and awaiting shipment.</summary>
    public static async Task<(HttpClient Buyer, string OrderNumber, string TradeNo)> PaidPhysicalOrderAsync(
        this ShopWebApplicationFactory factory, string choice = "escrow", decimal price = 88m)
    {
        var product = await factory.AddProductAsync(price: price, stock: 10);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();
        var (tradeNo, _) = await factory.PayAtSandboxAsync(buyer, number, choice);
        await factory.WaitForOrderAsync(number, OrderStatus.AwaitingShipment);
        return (buyer, number, tradeNo);
    }

    /// <summary>
    /// An order paid at the sandbox whose payment notification the sandbox dropped (a fault injected
    /// from its console), and that notification as it would have been sent: its notify_id is one
    /// the sandbox issued and still honours, so notify_verify answers true for it, as Alipay would.
    /// </summary>
    public static async Task<(string Number, string TradeNo, Dictionary<string, string> Notification)> PaidButNotNotifiedAsync(
        this ShopWebApplicationFactory factory, decimal price = 50m, ProductKind kind = ProductKind.Virtual, string? choice = null)
    {
        var product = kind == ProductKind.Virtual
            ? await factory.AddProductAsync(price: price, delivery: VirtualDelivery.Code, codes: 2)
            : await factory.AddProductAsync(price: price);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();
        var sandbox = SandboxBrowser.Open(factory);
        var cashier = await sandbox.SubmitAsync(await buyer.PayFormAsync(number));
        await Eventually.Until(async () => (await factory.NotificationsAsync(cashier.TradeNo)).All(n => n.State != NotificationState.Pending),
            "notifications sent before payment to be delivered");
        await sandbox.Client.ActOnTradeAsync(cashier.TradeNo, "faults", new() { ["kind"] = "Drop", ["delaySeconds"] = "0", ["count"] = "1" });
        await sandbox.PayAsync(cashier, choice);
        await Eventually.Until(async () => (await factory.NotificationsAsync(cashier.TradeNo)).Any(n => n.State == NotificationState.Dropped),
            "the payment notification to be dropped");
        var dropped = (await factory.NotificationsAsync(cashier.TradeNo)).First(n => n.State == NotificationState.Dropped);
        return (number, cashier.TradeNo, dropped.ReadParameters().ToDictionary());
    }
}
