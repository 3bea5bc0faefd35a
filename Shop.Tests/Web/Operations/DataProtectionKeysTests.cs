using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Data.Sqlite;

namespace Shop.Tests.Web.Operations;

/// <summary>
/// A redeployed shop keeps its buyers: the Data Protection keys live in the shop's database, so a
/// restart in a new container (a fresh HOME, nothing kept on disk but the database) still reads
/// the sign-in cookie, the anonymous cart's cookie and the anti-forgery tokens of open pages.
/// Both shops are real processes, as an operator runs them.
/// </summary>
[Trait("Database", "SqliteOnly")]
public sealed partial class DataProtectionKeysTests : IDisposable
{
    private const string Password = "Owner#2026pw";

    private readonly string _folder = Directory.CreateTempSubdirectory("shop-keys-").FullName;

    [GeneratedRegex("""name="productId" value="(\d+)""")]
    private static partial Regex ProductIdField();

    private Dictionary<string, string> Environment(string home) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["HOME"] = Path.Combine(_folder, home),
        ["ConnectionStrings__Shop"] = $"Data Source={Path.Combine(_folder, "shop.db")}",
        ["Storage__Root"] = Path.Combine(_folder, "files"),
        // The shop's own Release build carries no local gateway; nothing here is paid.
        ["Alipay__Sandbox__Enabled"] = "false",
        ["Alipay__GatewayUrl"] = "https://mapi.alipay.com/gateway.do",
    };

    private static HttpClient Browser(Uri shop, CookieContainer cookies) =>
        new(new CookieContainerHandler(cookies) { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false } }) { BaseAddress = shop };

    [Fact]
    public async Task After_a_restart_with_a_fresh_HOME_the_old_sign_in_cart_and_anti_forgery_cookies_still_work()
    {
        var (created, output) = await ShopProcess.RunAsync(
            new Dictionary<string, string>(Environment("home-first")) { ["SHOP_ADMIN_PASSWORD"] = Password },
            "create-admin", "owner@example.com");
        Assert.True(created == 0, output);
        var signedInCookies = new CookieContainer();
        var anonymousCookies = new CookieContainer();
        string oldToken;
        string productId;

        using (var first = await ShopProcess.ServeAsync(Environment("home-first")))
        {
            var buyer = Browser(first.BaseAddress, signedInCookies);
            var signIn = await buyer.SubmitFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = "owner@example.com", ["Input.Password"] = Password });
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await buyer.GetAsync("/orders")).StatusCode);

            var visitor = Browser(first.BaseAddress, anonymousCookies);
            var productPage = await visitor.GetStringAsync("/catalog/longjing-green-tea");
            productId = ProductIdField().Match(productPage).Groups[1].Value;
            await visitor.AddToCartAsync(productId, "2");
            Assert.Equal(2, (await visitor.GetHtmlAsync("/cart")).CartCount());
            oldToken = HtmlFormExtensions.AntiforgeryTokenIn(productPage)!;
        }

        using var second = await ShopProcess.ServeAsync(Environment("home-second"));
        var sameBuyer = Browser(second.BaseAddress, signedInCookies);
        var sameVisitor = Browser(second.BaseAddress, anonymousCookies);

        Assert.Equal(HttpStatusCode.OK, (await sameBuyer.GetAsync("/orders")).StatusCode);
        Assert.Equal(2, (await sameVisitor.GetHtmlAsync("/cart")).CartCount());
        var posted = await sameVisitor.PostAsync("/cart/items", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["productId"] = productId,
            ["quantity"] = "1",
            [HtmlFormExtensions.AntiforgeryFieldName] = oldToken,
        }));
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, second.Output);
        Assert.Equal(3, (await sameVisitor.GetHtmlAsync("/cart")).CartCount());

        // The keys are in the database, and nowhere under either HOME.
        Assert.False(Directory.Exists(Path.Combine(_folder, "home-second", ".aspnet")));
        await using var database = new SqliteConnection($"Data Source={Path.Combine(_folder, "shop.db")}");
        await database.OpenAsync();
        await using var count = database.CreateCommand();
        count.CommandText = "SELECT count(*) FROM DataProtectionKeys";
        Assert.True((long)(await count.ExecuteScalarAsync())! >= 1);
        // Made as AES-256-GCM, the cheaper of Data Protection's authenticated encryptions (README: Performance).
        await using var keys = database.CreateCommand();
        keys.CommandText = "SELECT Xml FROM DataProtectionKeys";
        await using var reader = await keys.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Assert.Contains("<encryption algorithm=\"AES_256_GCM\" />", reader.GetString(0));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
