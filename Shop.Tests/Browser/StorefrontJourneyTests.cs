using Microsoft.Playwright;
using Shop.Domain.Catalog;
using Shop.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class StorefrontJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_buyer_goes_from_home_to_a_product_into_the_cart_and_reads_it_in_English_and_Chinese()
    {
        var tea = await fixture.Shop.ProductAsync("longjing-green-tea");
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var screenshots = new Screenshots(page);
        var badge = page.Locator("header [data-cart-count]");

        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(badge).ToHaveAttributeAsync("data-cart-count", "0");
        await screenshots.TakeAsync("home");

        await page.Locator("header a.nav-link[href='/catalog']").ClickAsync();
        await page.WaitForURLAsync("**/catalog");
        await Expect(page.Locator("[data-product-list] [data-product-id]")).ToHaveCountAsync(12);
        await screenshots.TakeAsync("catalog");

        await page.Locator($"[data-product-list] [data-product-id='{tea.Id}'] a.stretched-link").ClickAsync();
        await page.WaitForURLAsync($"**/catalog/{tea.Slug}");
        await Expect(page.Locator("h1")).ToHaveTextAsync(tea.Name.In(Language.Chinese));
        await screenshots.TakeAsync("product");

        await page.Locator("[data-add-to-cart] input[name=quantity]").FillAsync("2");
        await page.Locator("[data-add-to-cart] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/cart");
        await Expect(page.Locator($"[data-cart-line='{tea.Id}'] [data-line-quantity]")).ToHaveValueAsync("2");
        await Expect(page.Locator("[data-subtotal]")).ToHaveAttributeAsync("data-subtotal", (tea.Price * 2).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        await Expect(badge).ToHaveAttributeAsync("data-cart-count", "2");
        await Expect(page.Locator("[data-flash=message]")).ToBeVisibleAsync();
        await screenshots.TakeAsync("cart");

        await SwitchLanguageAsync(page, "en", screenshots);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Cart");
        await Expect(page.Locator($"[data-cart-line='{tea.Id}']")).ToBeVisibleAsync();
        await Expect(badge).ToHaveAttributeAsync("data-cart-count", "2");
        await screenshots.TakeAsync("cart-english");

        await SwitchLanguageAsync(page, "zh-CN");
        await Expect(page.Locator("h1")).ToHaveTextAsync("购物车");
        await screenshots.TakeAsync("cart-chinese");
    }

    [Fact]
    public async Task On_a_phone_the_cart_count_shows_without_opening_the_menu_and_no_page_is_wider_than_the_screen()
    {
        var code = await fixture.Shop.ProductAsync("gift-card-50");
        await using var context = await fixture.NewContextAsync(locale: "en", width: 390, height: 844);
        var page = await context.NewPageAsync();
        var screenshots = new Screenshots(page);

        await page.GotoAsync($"/catalog/{code.Slug}");
        await Expect(page.Locator("header a.nav-link[href='/catalog']")).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await screenshots.TakeAsync("product");

        await page.Locator("[data-add-to-cart] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/cart");
        await Expect(page.Locator("header [data-cart-count]")).ToBeVisibleAsync();
        await Expect(page.Locator("header [data-cart-count]")).ToHaveAttributeAsync("data-cart-count", "1");
        await screenshots.TakeAsync("cart");

        foreach (var url in new[] { "/", "/catalog", "/catalog?category=gift-cards", "/catalog?page=5" })
        {
            await page.GotoAsync(url);
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{url} is wider than the phone.");
        }

        // Choosing an order applies it at once (wwwroot/js/site.js, no inline handler).
        await page.GotoAsync("/catalog");
        await page.Locator("#sort").SelectOptionAsync("price");
        await page.WaitForURLAsync("**/catalog?sort=price");
    }

    /// <summary>Uses the header's language menu, and waits for the same page to come back in that language.</summary>
    private static async Task SwitchLanguageAsync(IPage page, string culture, Screenshots? screenshots = null)
    {
        await page.Locator("header [data-culture-switcher]").ClickAsync();
        await Expect(page.Locator($"header a[data-culture='{culture}']")).ToBeVisibleAsync();
        if (screenshots is not null)
        {
            await screenshots.TakeAsync("language-menu");
        }
        await page.Locator($"header a[data-culture='{culture}']").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
    }
}
