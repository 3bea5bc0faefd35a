using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Shop.Domain.Catalog;
using Shop.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// The search box and the catalog in two languages, in a real browser: a buyer reading English
/// searches, sees suggestions while typing, opens a result and buys it, and reads the English name
/// on the product, in the cart and on the order; the admin's product form shows both languages.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SearchJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_English_buyer_searches_tea_opens_a_result_and_reads_its_English_name_in_the_cart_and_on_the_order()
    {
        var tea = await fixture.Shop.ProductAsync("longjing-green-tea");
        var englishName = tea.Name.In(Language.English);
        var email = ShopWebApplicationFactory.NewEmail();
        await fixture.Shop.CreateUserAsync(email);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var screenshots = new Screenshots(page);
        await SignInAsync(page, email, ShopWebApplicationFactory.Password);

        await page.GotoAsync("/");
        await screenshots.TakeAsync("home-chinese");
        await SwitchLanguageAsync(page, "en");
        await screenshots.TakeAsync("home-english");

        // Typing shows suggestions (wwwroot/js/search-suggestions.js); Enter with none chosen searches.
        var box = page.Locator("header input[name=q]");
        await box.FillAsync("tea");
        await Expect(page.Locator("#search-suggestions [role=option]").First).ToBeVisibleAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await screenshots.TakeAsync("suggestions");
        await box.PressAsync("Escape");
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/catalog?q=tea");
        var result = page.Locator($"[data-product-list] [data-product-id='{tea.Id}']");
        await Expect(result).ToContainTextAsync(englishName);
        await screenshots.TakeAsync("search-results");

        await result.Locator("a.stretched-link").ClickAsync();
        await page.WaitForURLAsync($"**/catalog/{tea.Slug}");
        await Expect(page.Locator("h1")).ToHaveTextAsync(englishName);
        await screenshots.TakeAsync("product");

        await page.Locator("[data-add-to-cart] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/cart");
        await Expect(page.Locator($"[data-cart-line='{tea.Id}'] [data-line-name]")).ToHaveTextAsync(englishName);
        await screenshots.TakeAsync("cart");

        await page.Locator("[data-checkout]").ClickAsync();
        await page.WaitForURLAsync("**/checkout");
        await page.Locator("#receiveName").FillAsync("Wang Xiaoming");
        await page.Locator("#receiveMobile").FillAsync("13912345678");
        await page.Locator("#receiveAddress").FillAsync("88 Caoxi North Road, Xuhui, Shanghai");
        await page.Locator("#receiveZip").FillAsync("200030");
        await page.Locator("#logistics-Express").CheckAsync();
        await page.Locator("[data-place-order]").ClickAsync();
        await Expect(page.Locator("[data-page=cashier]")).ToBeVisibleAsync();
        var number = (await page.Locator("[data-out-trade-no]").TextContentAsync())!.Trim();

        await page.GotoAsync($"/orders/{number}");
        await Expect(page.Locator($"[data-order-line='{tea.Id}'] [data-line-name]")).ToContainTextAsync(englishName);
        await screenshots.TakeAsync("order-english");
        await SwitchLanguageAsync(page, "zh-CN");
        await Expect(page.Locator($"[data-order-line='{tea.Id}'] [data-line-name]")).ToContainTextAsync(tea.Name.In(Language.Chinese));
        await screenshots.TakeAsync("order-chinese");
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task The_admin_s_product_form_shows_both_languages_side_by_side_and_marks_the_missing_one(string locale)
    {
        var product = await fixture.Shop.AddProductAsync(name: "只有中文名的茶");
        await using var context = await fixture.NewContextAsync(locale: locale);
        var page = await context.NewPageAsync();
        var screenshots = new Screenshots(page, nameof(The_admin_s_product_form_shows_both_languages_side_by_side_and_marks_the_missing_one) + "-" + locale);
        var configuration = fixture.Shop.Services.GetRequiredService<IConfiguration>();
        await SignInAsync(page, configuration["Admin:Email"]!, configuration["Admin:Password"]!);

        await page.GotoAsync($"/admin/products/{product.Id}/edit");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", locale);
        await Expect(page.Locator("[data-bilingual-field] [data-missing='en']").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-bilingual-field] [data-missing='zh']").CountAsync());
        await screenshots.TakeAsync("product-form");

        await page.GotoAsync($"/admin/products?missing=en&q={product.Slug}");
        await Expect(page.Locator($"[data-product-row='{product.Id}']")).ToBeVisibleAsync();
        await screenshots.TakeAsync("missing-english");
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await page.Locator("input[name='Input.Email']").FillAsync(email);
        await page.Locator("input[name='Input.Password']").FillAsync(password);
        await page.Locator("[data-page=login] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Identity/Account/Login", StringComparison.Ordinal));
    }

    /// <summary>Uses the header's language menu, and waits for the same page to come back in that language.</summary>
    private static async Task SwitchLanguageAsync(IPage page, string culture)
    {
        await page.Locator("header [data-culture-switcher]").ClickAsync();
        await page.Locator($"header a[data-culture='{culture}']").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
    }
}
