using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;

namespace Shop.Tests.Web.Admin;

/// <summary>The code pool of a code-delivered product: uploads count what they add and skip, and the stock follows the pool.</summary>
public class ProductCodeUploadTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task Pasted_codes_are_trimmed_blank_lines_ignored_and_duplicates_counted()
    {
        var product = await factory.AddProductAsync(delivery: VirtualDelivery.Code, codeValues: ["OLD-1", "OLD-2"]);
        var browser = await factory.CreateAdminBrowserAsync();
        var pasted = "  NEW-1  \r\nNEW-2\n\n   \nNEW-1\nOLD-2\nNEW-3\n";

        var response = await AddCodesAsync(browser, product, pasted);

        Assert.Equal($"/admin/products/{product.Id}/codes", response.RedirectPath());
        var page = await (await browser.GetAsync(response.RedirectPath())).ReadHtmlAsync();
        Assert.Equal("Added 3, 2 duplicates skipped.", page.QuerySelector("[data-flash='message']")!.TextContent.Trim());
        Assert.Equal(["NEW-1", "NEW-2", "NEW-3", "OLD-1", "OLD-2"], await PoolAsync(product.Id));
        Assert.Equal(5, (await factory.ProductAsync(product.Id)).Stock);
        Assert.Equal("5", page.QuerySelector("[data-stock]")!.GetAttribute("data-stock"));
    }

    [Fact]
    public async Task Codes_come_from_a_text_file_and_the_textarea_together()
    {
        var product = await factory.AddProductAsync(delivery: VirtualDelivery.Code, codeValues: ["EXISTING"]);
        var browser = await factory.CreateAdminBrowserAsync();
        var file = new UploadedFile("codesFile", "codes.txt", "text/plain",
            Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("FILE-1\nFILE-2\nEXISTING\nFILE-1\n")).ToArray());

        var response = await browser.SubmitMultipartFormAsync($"/admin/products/{product.Id}/codes",
            new() { ["codes"] = "TYPED-1" }, null, file);

        var page = await (await browser.GetAsync(response.RedirectPath())).ReadHtmlAsync();
        Assert.Equal("Added 3, 2 duplicates skipped.", page.QuerySelector("[data-flash='message']")!.TextContent.Trim());
        Assert.Equal(["EXISTING", "FILE-1", "FILE-2", "TYPED-1"], await PoolAsync(product.Id));
        Assert.Equal(4, (await factory.ProductAsync(product.Id)).Stock);
    }

    [Fact]
    public async Task An_upload_without_codes_is_refused_on_the_page()
    {
        var product = await factory.AddProductAsync(delivery: VirtualDelivery.Code, codeValues: ["ONLY-ONE"]);
        var browser = await factory.CreateAdminBrowserAsync();

        var response = await AddCodesAsync(browser, product, "\n   \n");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Paste codes or choose a .txt file: one code per line.", page.QuerySelector("[data-codes-error]")!.TextContent.Trim());
        Assert.Equal(1, (await factory.ProductAsync(product.Id)).Stock);
    }

    [Fact]
    public async Task A_code_too_long_refuses_the_whole_upload_and_keeps_what_was_pasted()
    {
        var product = await factory.AddProductAsync(delivery: VirtualDelivery.Code, codeValues: ["ONLY-ONE"]);
        var browser = await factory.CreateAdminBrowserAsync();
        var pasted = "GOOD-1\n" + new string('X', ProductCode.MaxLength + 1);

        var response = await AddCodesAsync(browser, product, pasted);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.StartsWith("A code is at most 200 characters", page.QuerySelector("[data-codes-error]")!.TextContent.Trim());
        Assert.Equal(pasted, page.QuerySelector("textarea[name='codes']")!.TextContent.Trim());
        Assert.Equal(["ONLY-ONE"], await PoolAsync(product.Id));
    }

    [Fact]
    public async Task Removing_an_unsold_code_lowers_the_stock()
    {
        var product = await factory.AddProductAsync(delivery: VirtualDelivery.Code, codeValues: ["KEEP", "DROP"]);
        var browser = await factory.CreateAdminBrowserAsync();
        var codeId = await CodeIdAsync(product.Id, "DROP");

        var response = await browser.SubmitFormAsync($"/admin/products/{product.Id}/codes", [], $"/admin/products/{product.Id}/codes/{codeId}/remove");

        Assert.Equal($"/admin/products/{product.Id}/codes", response.RedirectPath());
        Assert.Equal(["KEEP"], await PoolAsync(product.Id));
        Assert.Equal(1, (await factory.ProductAsync(product.Id)).Stock);
    }

    [Fact]
    public async Task A_sold_code_cannot_be_removed_and_shows_its_order()
    {
        var product = await factory.AddProductAsync(delivery: VirtualDelivery.Code, codeValues: ["SOLD", "UNSOLD"]);
        var order = await factory.PlaceOrderAsync(product.Id);
        var codeId = await CodeIdAsync(product.Id, "SOLD");
        await SellAsync(codeId, order.Id);
        var browser = await factory.CreateAdminBrowserAsync();

        var response = await browser.SubmitFormAsync($"/admin/products/{product.Id}/codes", [], $"/admin/products/{product.Id}/codes/{codeId}/remove");

        var page = await (await browser.GetAsync(response.RedirectPath())).ReadHtmlAsync();
        Assert.Equal($"This code was sold with order {order.Number}; it stays as the record of what the buyer got.",
            page.QuerySelector("[data-flash='warning']")!.TextContent.Trim());
        Assert.Equal(["SOLD", "UNSOLD"], await PoolAsync(product.Id));
        var soldRow = page.QuerySelector($"[data-code-id='{codeId}']")!;
        Assert.Equal("true", soldRow.GetAttribute("data-sold"));
        Assert.Equal(order.Number, soldRow.QuerySelector("[data-order-number]")!.TextContent.Trim());
        Assert.Null(soldRow.QuerySelector("form"));
    }

    [Fact]
    public async Task A_code_held_for_an_unpaid_order_cannot_be_removed()
    {
        var product = await factory.AddProductAsync(delivery: VirtualDelivery.Code, codeValues: ["HELD"]);
        await factory.PlaceOrderAsync(product.Id);
        var browser = await factory.CreateAdminBrowserAsync();
        var codeId = await CodeIdAsync(product.Id, "HELD");

        var response = await browser.SubmitFormAsync($"/admin/products/{product.Id}/codes", [], $"/admin/products/{product.Id}/codes/{codeId}/remove");

        var page = await (await browser.GetAsync(response.RedirectPath())).ReadHtmlAsync();
        Assert.Contains("held for orders waiting for payment", page.QuerySelector("[data-flash='warning']")!.TextContent);
        Assert.Equal(["HELD"], await PoolAsync(product.Id));
        Assert.Equal(0, (await factory.ProductAsync(product.Id)).Stock);
    }

    [Fact]
    public async Task Only_code_delivered_products_have_a_pool()
    {
        var product = await factory.AddProductAsync();
        var browser = await factory.CreateAdminBrowserAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/admin/products/{product.Id}/codes")).StatusCode);
    }

    private static Task<HttpResponseMessage> AddCodesAsync(HttpClient browser, Product product, string codes) =>
        browser.SubmitMultipartFormAsync($"/admin/products/{product.Id}/codes", new() { ["codes"] = codes });

    private Task<List<string>> PoolAsync(int productId) =>
        factory.QueryAsync(db => db.ProductCodes.Where(c => c.ProductId == productId).OrderBy(c => c.Code).Select(c => c.Code).ToListAsync());

    private Task<int> CodeIdAsync(int productId, string code) =>
        factory.QueryAsync(db => db.ProductCodes.Where(c => c.ProductId == productId && c.Code == code).Select(c => c.Id).SingleAsync());

    private Task SellAsync(int codeId, int orderId) =>
        factory.QueryAsync(async db =>
        {
            var code = await db.ProductCodes.SingleAsync(c => c.Id == codeId);
            var lineId = await db.Orders.Where(o => o.Id == orderId).SelectMany(o => o.Lines).Select(l => l.Id).SingleAsync();
            code.SellTo(orderId, lineId, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
}
