using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Tests.Web;
using Shop.Tests.Web.Payments;
using Shop.Web.Features.Payments;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>A shop on a real port whose merchant account signs in GBK (<c>Alipay:InputCharset=gbk</c>).</summary>
public sealed class GbkShopServerFactory : ShopServerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Alipay:InputCharset", "gbk");
    }
}

/// <summary>
/// The pay page is UTF-8, and a browser sends a form in its page's charset unless the form says
/// otherwise: only a real browser shows that the GBK merchant's Chinese parameters reach the
/// gateway in the bytes that were signed.
/// </summary>
[Collection(BrowserCollection.Name)]
public class GbkPayFormBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_gbk_shops_pay_form_sends_chinese_subject_and_address_in_gbk_and_the_gateway_accepts_the_signature()
    {
        await using var shop = new GbkShopServerFactory();
        var address = shop.Start();
        var teapot = await shop.AddProductAsync(price: 188m, stock: 3, name: "宜兴紫砂壶（测试）");
        var email = ShopWebApplicationFactory.NewEmail();
        await shop.CreateUserAsync(email);

        await using var context = await fixture.NewContextAtAsync(address);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Identity/Account/Login");
        await page.Locator("input[name='Input.Email']").FillAsync(email);
        await page.Locator("input[name='Input.Password']").FillAsync(ShopWebApplicationFactory.Password);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Identity/Account/Login"));
        await page.GotoAsync($"/catalog/{teapot.Slug}");
        await page.Locator("[data-add-to-cart] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/cart");
        await page.Locator("[data-checkout]").ClickAsync();
        await page.WaitForURLAsync("**/checkout");
        await page.Locator("#receiveName").FillAsync("李四");
        await page.Locator("#receiveMobile").FillAsync("13912345678");
        await page.Locator("#receiveAddress").FillAsync("杭州市西湖区龙井路 1 号");
        await page.Locator("#receiveZip").FillAsync("310013");
        await page.Locator("#logistics-Ems").CheckAsync();

        // The pay page submits itself: a signature checked over other bytes would show the gateway's ILLEGAL_SIGN page instead.
        await page.Locator("[data-place-order]").ClickAsync();
        await page.WaitForURLAsync("**/sandbox/alipay/gateway.do**");
        await Expect(page.Locator("[data-page=cashier]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-subject]")).ToContainTextAsync("宜兴紫砂壶（测试）");
        await new Screenshots(page).TakeAsync("gbk-cashier");

        var number = (await page.Locator("[data-out-trade-no]").TextContentAsync())!.Trim();
        await page.Locator("[data-pay='escrow']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/orders/"));
        await shop.WaitForOrderAsync(number, OrderStatus.AwaitingShipment);

        // Alipay's notification repeats the address as the gateway read it from the browser's bytes.
        var notify = await shop.QueryAsync(db => db.PaymentNotifications.FirstAsync(n => n.OutTradeNo == number && n.Channel == NotificationChannel.Notify));
        var parameters = JsonSerializer.Deserialize<Dictionary<string, string>>(notify.Parameters)!;
        Assert.Equal(("李四", "杭州市西湖区龙井路 1 号"), (parameters["receive_name"], parameters["receive_address"]));
    }
}
