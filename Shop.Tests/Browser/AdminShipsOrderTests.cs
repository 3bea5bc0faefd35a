using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Shop.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

[Collection(BrowserCollection.Name)]
public partial class AdminShipsOrderTests(BrowserFixture fixture)
{
    [GeneratedRegex(@"/orders/(\d{20})$")]
    private static partial Regex OrderPage();

    [Fact]
    public async Task The_buyers_open_order_page_turns_shipped_by_itself_when_the_admin_ships_the_order()
    {
        var product = await fixture.Shop.AddProductAsync(price: 128m, stock: 5, name: "西湖龙井礼盒");
        var email = ShopWebApplicationFactory.NewEmail();
        await fixture.Shop.CreateUserAsync(email);

        // The buyer, in Chinese: buys, pays into escrow at the sandbox's cashier, and leaves the order page open.
        await using var buyerContext = await fixture.NewContextAsync();
        var buyer = await buyerContext.NewPageAsync();
        var buyerSteps = new Screenshots(buyer, nameof(AdminShipsOrderTests) + "-buyer");
        await SignInAsync(buyer, email, ShopWebApplicationFactory.Password);
        await buyer.GotoAsync($"/catalog/{product.Slug}");
        await buyer.Locator("[data-add-to-cart] button[type=submit]").ClickAsync();
        await buyer.WaitForURLAsync("**/cart");
        await buyer.GotoAsync("/checkout");
        await buyer.Locator("#receiveName").FillAsync("张三");
        await buyer.Locator("#receiveMobile").FillAsync("13800138000");
        await buyer.Locator("#receiveAddress").FillAsync("浙江省杭州市西湖区文三路 100 号");
        await buyer.Locator("#receiveZip").FillAsync("310000");
        await buyer.Locator("#logistics-Express").CheckAsync();
        await buyerSteps.TakeAsync("checkout");

        await buyer.Locator("[data-place-order]").ClickAsync();
        await Expect(buyer.Locator("[data-page=cashier]")).ToBeVisibleAsync();
        await buyerSteps.TakeAsync("cashier");
        await buyer.Locator("[data-pay=escrow]").ClickAsync();
        await buyer.WaitForURLAsync(OrderPage());
        var number = OrderPage().Match(buyer.Url).Groups[1].Value;
        await Expect(buyer.Locator("[data-order-status]")).ToHaveAttributeAsync("data-order-status", "AwaitingShipment");
        // The panel's live connection is up, so the change is seen by this page and not by a reload.
        // (Network idle says nothing about that connection, and SignalR's long-polling fallback
        // keeps a request open, so the network may never go idle.)
        await Expect(buyer.Locator("section[data-order-status]")).ToHaveAttributeAsync("data-live", "true");
        // Marks this very page: a reload would lose the mark.
        await buyer.EvaluateAsync("() => window.stillTheSamePage = true");
        await buyerSteps.TakeAsync("order-paid");

        // The admin, in English, in another browser session: finds the order waiting and ships it.
        await using var adminContext = await fixture.NewContextAsync(locale: "en");
        var admin = await adminContext.NewPageAsync();
        var adminSteps = new Screenshots(admin, nameof(AdminShipsOrderTests) + "-admin");
        var configuration = fixture.Shop.Services.GetRequiredService<IConfiguration>();
        await SignInAsync(admin, configuration["Admin:Email"]!, configuration["Admin:Password"]!);
        await admin.GotoAsync("/admin");
        await Expect(admin.Locator("[data-paid-amounts-chart] svg")).ToBeVisibleAsync();
        await adminSteps.TakeAsync("dashboard");

        await admin.Locator("[data-card=waiting]").ClickAsync();
        var row = admin.Locator($"[data-order-row='{number}']");
        await Expect(row).ToHaveAttributeAsync("data-waiting-for-shipment", "true");
        await adminSteps.TakeAsync("orders-waiting");

        await row.Locator($"a[href='/admin/orders/{number}']").ClickAsync();
        await admin.WaitForURLAsync($"**/admin/orders/{number}");
        await admin.Locator("#carrier").FillAsync("顺丰速运");
        await admin.Locator("#trackingNumber").FillAsync("SF1029384756");
        await admin.Locator("#transportType").SelectOptionAsync("Express");
        await adminSteps.TakeAsync("order-to-ship");

        await admin.Locator("[data-ship]").ClickAsync();
        await Expect(admin.Locator("[data-flash=message]")).ToBeVisibleAsync();
        await Expect(admin.Locator("[data-shipment-row]")).ToHaveAttributeAsync("data-confirmed-by-alipay", "true");
        await adminSteps.TakeAsync("order-shipped");

        // The buyer's page, never reloaded, has turned by itself, still in the buyer's language.
        await Expect(buyer.Locator("[data-order-status='Shipped']")).ToBeVisibleAsync();
        await Expect(buyer.Locator("[data-status-title]")).ToHaveTextAsync("已发货");
        await Expect(buyer.Locator("[data-shipment]")).ToContainTextAsync("SF1029384756");
        Assert.True(await buyer.EvaluateAsync<bool>("() => window.stillTheSamePage === true"));
        await buyerSteps.TakeAsync("order-shipped");
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await page.Locator("input[name='Input.Email']").FillAsync(email);
        await page.Locator("input[name='Input.Password']").FillAsync(password);
        await page.Locator("[data-page=login] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Identity/Account/Login", StringComparison.Ordinal));
    }
}
