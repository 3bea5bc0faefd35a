using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Tests.Sandbox;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Payments;

/// <summary>A shop configured for GBK (<c>Alipay:InputCharset=gbk</c>), as many older merchant accounts are.</summary>
public class GbkShopFactory : ShopWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Alipay:InputCharset", "gbk");
    }
}

public class GbkPaymentTests(GbkShopFactory factory) : IClassFixture<GbkShopFactory>
{
    [Fact]
    public async Task A_chinese_order_paid_in_gbk_is_signed_sent_notified_and_read_back_in_gbk()
    {
        var product = await factory.AddProductAsync(price: 168m, name: "明前西湖龙井（特级）");
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();

        var html = await buyer.GetStringAsync($"/orders/{number}/pay");
        var (action, fields) = ShopPayments.ReadPayForm(html);
        Assert.EndsWith("?_input_charset=gbk", action);
        Assert.Contains(KeyValuePair.Create("_input_charset", "gbk"), fields);
        Assert.Contains(KeyValuePair.Create("subject", "明前西湖龙井（特级）"), fields);

        var (tradeNo, backTo) = await factory.PayAtSandboxAsync(buyer, number, "escrow");

        Assert.Equal($"/orders/{number}", backTo);
        await factory.WaitForOrderAsync(number, OrderStatus.AwaitingShipment);
        await Eventually.Until(
            async () => (await factory.NotificationsAsync(tradeNo)).All(n => n.State == AlipaySandbox.NotificationState.Acknowledged),
            "the GBK notifications answered success");
        var notify = await factory.QueryAsync(db => db.PaymentNotifications.FirstAsync(n =>
            n.OutTradeNo == number && n.Channel == NotificationChannel.Notify && n.TradeStatus == "WAIT_SELLER_SEND_GOODS"));
        Assert.Equal("gbk", notify.Charset);
        Assert.Contains(notify.Outcome, new[] { NotificationOutcome.Applied, NotificationOutcome.NoChange });
        var parameters = JsonSerializer.Deserialize<Dictionary<string, string>>(notify.Parameters)!;
        Assert.Equal("明前西湖龙井（特级）", parameters["subject"]);
        Assert.Equal("张三", parameters["receive_name"]);
    }
}
