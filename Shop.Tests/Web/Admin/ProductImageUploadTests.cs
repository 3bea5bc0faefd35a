using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Tests.Web.Admin;

/// <summary>Product pictures: only real JPEG, PNG, WebP or GIF content, within the size limit, stored outside wwwroot and served by the app.</summary>
public class ProductImageUploadTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task A_real_png_is_stored_under_a_random_name_and_served_back_as_png()
    {
        var product = await factory.AddProductAsync();
        var browser = await factory.CreateAdminBrowserAsync();

        var response = await UploadAsync(browser, product, new UploadedFile("Form.Image", "My Tea.png", "image/png", TestImages.Png));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var imageUrl = (await factory.ProductAsync(product.Id)).ImageUrl!;
        Assert.Matches("^/media/products/[0-9a-f]{32}\\.png$", imageUrl);
        Assert.True(File.Exists(StoredPath(imageUrl)));

        var image = await factory.CreateBrowser().GetAsync(imageUrl);

        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestImages.Png, await image.Content.ReadAsByteArrayAsync());
        Assert.Contains("max-age=31536000", image.Headers.CacheControl?.ToString());
        var storefront = await factory.CreateBrowser().GetStringAsync($"/catalog/{product.Slug}");
        Assert.Contains(imageUrl, storefront);
    }

    [Fact]
    public async Task A_new_picture_replaces_the_old_file()
    {
        var product = await factory.AddProductAsync();
        var browser = await factory.CreateAdminBrowserAsync();
        await UploadAsync(browser, product, new UploadedFile("Form.Image", "first.png", "image/png", TestImages.Png));
        var first = (await factory.ProductAsync(product.Id)).ImageUrl!;

        await UploadAsync(browser, await factory.ProductAsync(product.Id), new UploadedFile("Form.Image", "second.png", "image/png", TestImages.Png));

        var second = (await factory.ProductAsync(product.Id)).ImageUrl!;
        Assert.NotEqual(first, second);
        Assert.False(File.Exists(StoredPath(first)));
        Assert.True(File.Exists(StoredPath(second)));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowser().GetAsync(first)).StatusCode);
    }

    [Theory]
    [InlineData("notes.png", "image/png", "text", "This file is not a JPEG, PNG, WebP or GIF picture.")]
    [InlineData("logo.svg", "image/svg+xml", "svg", "SVG pictures are not accepted because they can carry scripts. Upload a JPEG, PNG, WebP or GIF picture.")]
    [InlineData("logo.png", "image/png", "svg", "SVG pictures are not accepted because they can carry scripts. Upload a JPEG, PNG, WebP or GIF picture.")]
    [InlineData("huge.png", "image/png", "too-big", "The picture is too large: the largest accepted is 2 MB.")]
    public async Task A_file_that_is_not_an_accepted_picture_is_refused_and_nothing_changes(
        string fileName, string contentType, string content, string message)
    {
        var product = await factory.AddProductAsync();
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.EditFields(product);
        fields["Form.NameEn"] = "Renamed with a bad picture";
        var bytes = content switch
        {
            "text" => TestImages.TextPretendingToBePng,
            "svg" => TestImages.Svg,
            _ => TestImages.PngOfSize(2 * 1024 * 1024 + 1),
        };
        var imagesBefore = Directory.GetFiles(factory.Services.GetRequiredService<FileStorage>().Images).Length;

        var response = await browser.SubmitMultipartFormAsync($"/admin/products/{product.Id}/edit", fields,
            $"/admin/products/{product.Id}", new UploadedFile("Form.Image", fileName, contentType, bytes));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(message, page.QuerySelector("[data-error-for='Form.Image']")!.TextContent.Trim());
        var stored = await factory.ProductAsync(product.Id);
        Assert.Equal((product.Name, product.ImageUrl), (stored.Name, stored.ImageUrl));
        Assert.Equal(imagesBefore, Directory.GetFiles(factory.Services.GetRequiredService<FileStorage>().Images).Length);
    }

    [Fact]
    public async Task A_picture_can_come_with_a_new_product()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.NewProductFields(await factory.CategoryIdAsync());

        var response = await browser.SubmitMultipartFormAsync("/admin/products/new", fields, "/admin/products",
            new UploadedFile("Form.Image", "new.png", "image/png", TestImages.Png));

        var product = await factory.ProductAsync(response.RedirectedProductId());
        Assert.StartsWith("/media/products/", product.ImageUrl);
    }

    [Fact]
    public async Task Only_stored_pictures_are_served_from_the_media_path()
    {
        var browser = factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/media/products/missing.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/media/products/..%2Fshop.db")).StatusCode);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient browser, Product product, UploadedFile image) =>
        browser.SubmitMultipartFormAsync($"/admin/products/{product.Id}/edit", AdminCatalogData.EditFields(product),
            $"/admin/products/{product.Id}", image);

    private string StoredPath(string imageUrl) =>
        Path.Combine(factory.Services.GetRequiredService<FileStorage>().Images, Path.GetFileName(imageUrl));
}
