using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Tests.Web.Payments;

namespace Shop.Tests.Web.Account;

/// <summary>The owner's download of their data, and deleting the account while its orders stay, anonymous.</summary>
public class PersonalDataTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private const string PersonalDataPage = "/Identity/Account/Manage/PersonalData";

    private async Task<(HttpClient Buyer, string Email, string Number)> BuyerWithOrderAsync()
    {
        var product = await factory.AddProductAsync(price: 58m, stock: 10, name: "Keemun black tea");
        var (buyer, email) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        return (buyer, email, await buyer.CheckOutAsync());
    }

    private static Task<HttpResponseMessage> DeleteAsync(HttpClient buyer, string password) =>
        buyer.SubmitFormAsync(PersonalDataPage, new() { ["Input.Password"] = password }, action: PersonalDataPage + "?handler=Delete");

    [Fact]
    public async Task The_download_is_json_with_the_account_and_its_orders()
    {
        var (buyer, email, number) = await BuyerWithOrderAsync();

        var response = await buyer.SubmitFormAsync(PersonalDataPage, [], action: PersonalDataPage + "?handler=Download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(email, json.RootElement.GetProperty("Account").GetProperty("Email").GetString());
        var order = Assert.Single(json.RootElement.GetProperty("Orders").EnumerateArray());
        Assert.Equal(number, order.GetProperty("Number").GetString());
        Assert.Equal("Keemun black tea", order.GetProperty("Lines")[0].GetProperty("ProductName").GetProperty("English").GetString());
    }

    [Fact]
    public async Task Deleting_needs_the_password_and_waits_for_open_orders()
    {
        var (buyer, email, _) = await BuyerWithOrderAsync();

        var wrongPassword = await DeleteAsync(buyer, "Wrong2026pass");
        Assert.Contains("密码不正确。", await wrongPassword.Content.ReadAsStringAsync());

        var openOrder = await DeleteAsync(buyer, ShopWebApplicationFactory.Password);
        Assert.Contains("您有待付款或待发货的订单", await openOrder.Content.ReadAsStringAsync());
        Assert.True(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Deleting_the_account_keeps_its_orders_without_anything_that_names_the_buyer()
    {
        var (buyer, email, number) = await BuyerWithOrderAsync();
        var total = await factory.QueryAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.GoodsTotal).SingleAsync());
        await factory.ChangeAsync(async db => (await db.Orders.SingleAsync(o => o.Number == number)).Cancel(DateTime.UtcNow, OrderChangeSource.Buyer));

        var deleted = await DeleteAsync(buyer, ShopWebApplicationFactory.Password);

        Assert.Equal("/", deleted.RedirectPath());
        Assert.False(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        var order = await factory.QueryAsync(db => db.Orders.AsNoTracking().Include(o => o.History).SingleAsync(o => o.Number == number));
        Assert.Null(order.UserId);
        Assert.Null(order.BuyerEmail);
        Assert.Null(order.ShippingAddress);
        Assert.Null(order.ClientAddress);
        Assert.Equal(total, order.GoodsTotal);
        Assert.Contains(order.History, h => h.Event == OrderHistoryEvent.BuyerErased);
        Assert.False(await factory.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.Recipient == email)));
        var signIn = await factory.CreateBrowser().SubmitFormAsync("/Identity/Account/Login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = ShopWebApplicationFactory.Password,
        });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }
}
