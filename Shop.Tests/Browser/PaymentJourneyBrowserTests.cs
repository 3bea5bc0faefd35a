using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Shop.Domain.Catalog;
using Shop.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// The three ways to pay, in a real browser against the shop on a real port with its local Alipay
/// gateway. The order page is left open in one tab while the buyer pays in another (as one does
/// from a phone), and it turns paid by itself when Alipay's notification arrives.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PaymentJourneyBrowserTests(BrowserFixture fixture)
{
    private async Task<IPage> SignedInPageAsync(BrowserSession context)
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await fixture.Shop.CreateUserAsync(email);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Identity/Account/Login");
        await page.Locator("input[name='Input.Email']").FillAsync(email);
        await page.Locator("input[name='Input.Password']").FillAsync(ShopWebApplicationFactory.Password);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Identity/Account/Login"));
        return page;
    }

    private static async Task AddToCartAsync(IPage page, Product product, int quantity = 1)
    {
        await page.GotoAsync($"/catalog/{product.Slug}");
        await page.Locator("[data-add-to-cart] input[name=quantity]").FillAsync(quantity.ToString(CultureInfo.InvariantCulture));
        await page.Locator("[data-add-to-cart] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/cart");
    }

    /// <summary>Pays an order in a tab of its own: the shop's page sends itself to the cashier, the buyer presses pay, Alipay sends them back.</summary>
    private static async Task PayInAnotherTabAsync(BrowserSession context, string orderNumber, string test, string? choice = null)
    {
        var tab = await context.NewPageAsync();
        await tab.GotoAsync($"/orders/{orderNumber}/pay");
        await tab.WaitForURLAsync("**/sandbox/alipay/gateway.do**");
        await Expect(tab.Locator("[data-page=cashier]")).ToBeVisibleAsync();
        await new Screenshots(tab, test + "-tab").TakeAsync("cashier");
        await tab.Locator(choice is null ? "[data-pay]" : $"[data-pay='{choice}']").First.ClickAsync();
        await tab.WaitForURLAsync(url => url.Contains("/orders/") || url.Contains("/donate/"));
        await tab.CloseAsync();
    }

    [Fact]
    public async Task A_buyer_pays_for_physical_goods_and_the_open_order_page_turns_paid_by_itself()
    {
        var teapot = await fixture.Shop.AddProductAsync(price: 268m, stock: 5, name: "景德镇手绘茶壶（测试）");
        await using var context = await fixture.NewContextAsync();
        var page = await SignedInPageAsync(context);
        var screenshots = new Screenshots(page);

        await AddToCartAsync(page, teapot);
        await page.Locator("[data-checkout]").ClickAsync();
        await page.WaitForURLAsync("**/checkout");
        await page.Locator("#receiveName").FillAsync("王小明");
        await page.Locator("#receiveMobile").FillAsync("13912345678");
        await page.Locator("#receiveAddress").FillAsync("上海市徐汇区漕溪北路 88 号");
        await page.Locator("#receiveZip").FillAsync("200030");
        await page.Locator("#logistics-Ems").CheckAsync();
        await screenshots.TakeAsync("checkout");

        // Placing the order leads to the pay page, which sends itself on to the gateway.
        await page.Locator("[data-place-order]").ClickAsync();
        await page.WaitForURLAsync("**/sandbox/alipay/gateway.do**");
        await Expect(page.Locator("[data-page=cashier]")).ToBeVisibleAsync();
        var number = await OrderNumberFromCashierAsync(page);
        await page.GotoAsync($"/orders/{number}");
        await Expect(page.Locator("[data-order-status]").First).ToHaveAttributeAsync("data-order-status", "PendingPayment");
        await WaitForLiveAsync(page);
        await screenshots.TakeAsync("order-waiting");

        await PayInAnotherTabAsync(context, number, nameof(A_buyer_pays_for_physical_goods_and_the_open_order_page_turns_paid_by_itself), "escrow");

        await Expect(page.Locator("section[data-order-status]")).ToHaveAttributeAsync("data-order-status", "AwaitingShipment");
        await Expect(page.Locator("[data-status-title]")).ToHaveTextAsync("已付款");
        await screenshots.TakeAsync("order-paid");
    }

    [Fact]
    public async Task A_buyer_pays_for_a_gift_card_and_the_code_appears_on_the_open_order_page()
    {
        var card = await fixture.Shop.AddProductAsync(price: 50m, delivery: VirtualDelivery.Code, codes: 2);
        await using var context = await fixture.NewContextAsync();
        var page = await SignedInPageAsync(context);
        var screenshots = new Screenshots(page);

        await AddToCartAsync(page, card);
        await page.Locator("[data-checkout]").ClickAsync();
        await page.WaitForURLAsync("**/checkout");
        await Expect(page.Locator("[data-virtual-only]")).ToBeVisibleAsync();
        await screenshots.TakeAsync("checkout");
        await page.Locator("[data-place-order]").ClickAsync();
        await page.WaitForURLAsync("**/sandbox/alipay/gateway.do**");
        var number = await OrderNumberFromCashierAsync(page);
        await page.GotoAsync($"/orders/{number}");
        await Expect(page.Locator("[data-delivered-codes]")).ToHaveCountAsync(0);
        await WaitForLiveAsync(page);

        await PayInAnotherTabAsync(context, number, nameof(A_buyer_pays_for_a_gift_card_and_the_code_appears_on_the_open_order_page));

        await Expect(page.Locator("section[data-order-status]")).ToHaveAttributeAsync("data-order-status", "Completed");
        await Expect(page.Locator("[data-delivered-codes] [data-code]")).ToHaveCountAsync(1);
        Assert.StartsWith("CODE-", await page.Locator("[data-delivered-codes] [data-code]").TextContentAsync());
        await screenshots.TakeAsync("code-delivered");
    }

    /// <summary>The live panel's circuit under the shop's Content-Security-Policy: the session fails on any violation.</summary>
    [Fact]
    public async Task A_donor_gives_without_an_account_and_the_thank_you_page_turns_received_by_itself_with_the_content_security_policy_on()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var screenshots = new Screenshots(page);

        await page.GotoAsync("/donate");
        await page.Locator("[data-amount='50']").ClickAsync();
        await Expect(page.Locator("#amount")).ToHaveValueAsync("50");
        await page.Locator("#donorName").FillAsync("赵六");
        await page.Locator("#message").FillAsync("一点心意");
        await screenshots.TakeAsync("donate");
        await page.Locator("[data-donate]").ClickAsync();
        await page.WaitForURLAsync("**/sandbox/alipay/gateway.do**");
        var number = await OrderNumberFromCashierAsync(page);
        var thankYou = await page.GotoAsync($"/donate/{number}");
        Assert.Contains("script-src 'self';", (await thankYou!.AllHeadersAsync())["content-security-policy"]);
        await Expect(page.Locator("section[data-order-status]")).ToHaveAttributeAsync("data-order-status", "PendingPayment");
        await WaitForLiveAsync(page);
        await screenshots.TakeAsync("thank-you-waiting");

        await PayInAnotherTabAsync(context, number, nameof(A_donor_gives_without_an_account_and_the_thank_you_page_turns_received_by_itself_with_the_content_security_policy_on));

        await Expect(page.Locator("section[data-order-status]")).ToHaveAttributeAsync("data-order-status", "Completed");
        await Expect(page.Locator("[data-status-title]")).ToHaveTextAsync("已收到");
        await screenshots.TakeAsync("thank-you-received");

        await page.GotoAsync("/donate");
        await Expect(page.Locator("[data-recent-donor] [data-donor-name]", new() { HasText = "赵六" })).ToBeVisibleAsync();
        await screenshots.TakeAsync("donors");
    }

    /// <summary>The cashier shows the shop's out_trade_no, the order number.</summary>
    [Fact]
    public async Task The_admin_refunds_a_gift_card_and_the_buyers_open_order_page_turns_refunded_without_its_code()
    {
        var card = await fixture.Shop.AddProductAsync(price: 50m, delivery: VirtualDelivery.Code, codes: 2, name: "礼品卡（退款测试）");
        await using var buyerContext = await fixture.NewContextAsync();
        var buyer = await SignedInPageAsync(buyerContext);
        var buyerSteps = new Screenshots(buyer, nameof(The_admin_refunds_a_gift_card_and_the_buyers_open_order_page_turns_refunded_without_its_code) + "-buyer");
        await AddToCartAsync(buyer, card);
        await buyer.Locator("[data-checkout]").ClickAsync();
        await buyer.WaitForURLAsync("**/checkout");
        await buyer.Locator("[data-place-order]").ClickAsync();
        await buyer.WaitForURLAsync("**/sandbox/alipay/gateway.do**");
        var number = await OrderNumberFromCashierAsync(buyer);
        await buyer.Locator("[data-pay]").First.ClickAsync();
        await buyer.WaitForURLAsync($"**/orders/{number}");
        await Expect(buyer.Locator("[data-delivered-codes] [data-code]")).ToHaveCountAsync(1);
        await Expect(buyer.Locator("[data-delivered-codes] h3")).ToHaveTextAsync("您的兑换码");
        await WaitForLiveAsync(buyer);
        await buyerSteps.TakeAsync("code-delivered");

        // The admin, in English, refunds it all; Alipay's page asks for the seller's password.
        await using var adminContext = await fixture.NewContextAsync(locale: "en");
        var admin = await adminContext.NewPageAsync();
        var adminSteps = new Screenshots(admin, nameof(The_admin_refunds_a_gift_card_and_the_buyers_open_order_page_turns_refunded_without_its_code) + "-admin");
        var configuration = fixture.Shop.Services.GetRequiredService<IConfiguration>();
        await admin.GotoAsync("/Identity/Account/Login");
        await admin.Locator("input[name='Input.Email']").FillAsync(configuration["Admin:Email"]!);
        await admin.Locator("input[name='Input.Password']").FillAsync(configuration["Admin:Password"]!);
        await admin.Locator("main button[type=submit]").ClickAsync();
        await admin.WaitForURLAsync(url => !url.Contains("/Identity/Account/Login"));
        await admin.GotoAsync($"/admin/orders/{number}");
        await Expect(admin.Locator("[data-refundable]")).ToHaveAttributeAsync("data-refundable", "50.00");
        // The order's panel speaks of the buyer's codes, not the admin's.
        await Expect(admin.Locator("[data-delivered-codes] h3")).ToHaveTextAsync("Codes delivered");
        await admin.Locator("#amount").FillAsync("50.00");
        await admin.Locator("#reason").FillAsync("The buyer changed their mind");
        await adminSteps.TakeAsync("refund-form");
        await admin.Locator("[data-refund]").ClickAsync();
        await Expect(admin.Locator("[data-page=refund-confirm]")).ToBeVisibleAsync();
        await Expect(admin.Locator("[data-refund-amount]")).ToHaveAttributeAsync("data-refund-amount", "50.00");
        await adminSteps.TakeAsync("alipay-password-page");
        await admin.Locator("#password").FillAsync("seller-password");
        await admin.Locator("[data-confirm-refund]").ClickAsync();
        await Expect(admin.Locator("[data-page=refund-done]")).ToHaveAttributeAsync("data-success-num", "1");

        // The buyer's page, never reloaded, turns refunded and no longer shows the code.
        await Expect(buyer.Locator("section[data-order-status]")).ToHaveAttributeAsync("data-payment-state", "Refunded");
        await Expect(buyer.Locator("[data-delivered-codes] [data-code]")).ToHaveCountAsync(0);
        await buyerSteps.TakeAsync("refunded");

        await admin.GotoAsync($"/admin/orders/{number}");
        await Expect(admin.Locator("[data-refund-state]")).ToHaveAttributeAsync("data-refund-state", "Succeeded");
        await Expect(admin.Locator("[data-amount-refunded]")).ToHaveAttributeAsync("data-amount-refunded", "50.00");
        await Expect(admin.Locator("[data-trade-status]", new() { HasText = "batch_refund_notify" })).ToHaveCountAsync(1);
        await adminSteps.TakeAsync("refunded");
    }

    private static async Task<string> OrderNumberFromCashierAsync(IPage page) =>
        (await page.Locator("[data-out-trade-no]").TextContentAsync())?.Trim()
            ?? throw new InvalidOperationException("The cashier does not show the out_trade_no.");

    /// <summary>Waits for the status panel's live connection, so that the change is seen by the page and not by a reload.</summary>
    private static Task WaitForLiveAsync(IPage page) =>
        Expect(page.Locator("section[data-order-status]")).ToHaveAttributeAsync("data-live", "true");
}
