using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Tests.Web.Admin;

/// <summary>The file of a file-delivered product: uploading replaces it, and the old one is gone.</summary>
public class ProductDownloadUploadTests(ProductDownloadUploadTests.SmallDownloadsFactory factory)
    : IClassFixture<ProductDownloadUploadTests.SmallDownloadsFactory>
{
    /// <summary>The shop with <c>Storage:MaxDownloadBytes</c> set to 1 KB, so that "too large" needs no large file.</summary>
    public class SmallDownloadsFactory : ShopWebApplicationFactory
    {
        public const int MaxDownloadBytes = 1024;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Storage:MaxDownloadBytes", MaxDownloadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task An_upload_replaces_the_old_file()
    {
        var product = await factory.AddProductAsync(delivery: VirtualDelivery.File);
        var oldPath = DownloadPath((await factory.ProductAsync(product.Id)).DeliveryFileName!);
        var browser = await factory.CreateAdminBrowserAsync();

        var response = await UploadAsync(browser, product, new UploadedFile("download", "Second Edition.pdf", "application/pdf", Encoding.UTF8.GetBytes("second edition")));

        Assert.Equal($"/admin/products/{product.Id}/edit", response.RedirectPath());
        var fileName = (await factory.ProductAsync(product.Id)).DeliveryFileName!;
        Assert.Matches("^[0-9a-f]{32}\\.pdf$", fileName);
        Assert.Equal("second edition", await File.ReadAllTextAsync(DownloadPath(fileName)));
        Assert.False(File.Exists(oldPath));
        var page = await (await browser.GetAsync(response.RedirectPath())).ReadHtmlAsync();
        Assert.Equal(fileName, page.QuerySelector("[data-download-file]")!.GetAttribute("data-download-file"));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_and_the_old_file_stays()
    {
        var product = await factory.AddProductAsync(delivery: VirtualDelivery.File);
        var oldName = (await factory.ProductAsync(product.Id)).DeliveryFileName!;
        var browser = await factory.CreateAdminBrowserAsync();

        var response = await UploadAsync(browser, product, new UploadedFile("download", "big.zip", "application/zip", new byte[SmallDownloadsFactory.MaxDownloadBytes + 1]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("The file is too large: the largest accepted is 1 KB.", page.QuerySelector("[data-download-error]")!.TextContent.Trim());
        Assert.Equal(oldName, (await factory.ProductAsync(product.Id)).DeliveryFileName);
        Assert.True(File.Exists(DownloadPath(oldName)));
    }

    [Fact]
    public async Task An_upload_without_a_file_is_refused()
    {
        var product = await factory.AddProductAsync(delivery: VirtualDelivery.File);
        var browser = await factory.CreateAdminBrowserAsync();

        var response = await browser.SubmitMultipartFormAsync($"/admin/products/{product.Id}/edit", [], $"/admin/products/{product.Id}/download");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Choose the file buyers will download.", page.QuerySelector("[data-download-error]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Only_file_delivered_products_take_a_download()
    {
        var product = await factory.AddProductAsync();
        var browser = await factory.CreateAdminBrowserAsync();

        var response = await UploadAsync(browser, product, new UploadedFile("download", "a.txt", "text/plain", Encoding.UTF8.GetBytes("x")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient browser, Product product, UploadedFile file) =>
        browser.SubmitMultipartFormAsync($"/admin/products/{product.Id}/edit", [], $"/admin/products/{product.Id}/download", file);

    private string DownloadPath(string fileName) =>
        Path.Combine(factory.Services.GetRequiredService<FileStorage>().Downloads, fileName);
}
