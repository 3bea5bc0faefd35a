using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Payments;

/// <summary>A shop whose gateway answers nothing useful: every call ends in a 404.</summary>
public class UnreachableGatewayFactory : ShopWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Alipay:GatewayUrl", "/no-gateway-here/gateway.do");
    }
}

public class UnreachableGatewayTests(UnreachableGatewayFactory factory) : IClassFixture<UnreachableGatewayFactory>
{
    [Fact]
    public async Task A_notification_that_cannot_be_checked_with_notify_verify_is_answered_fail_and_kept_for_the_resend()
    {
        var alipay = factory.Services.GetRequiredService<IOptions<AlipayOptions>>().Value;
        var product = await factory.AddProductAsync(price: 20m, delivery: VirtualDelivery.File);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();
        var parameters = new Dictionary<string, string>
        {
            ["notify_id"] = "a-real-looking-notify-id",
            ["notify_type"] = "trade_status_sync",
            ["notify_time"] = "2026-11-25 20:00:00",
            ["out_trade_no"] = number,
            ["trade_no"] = "2026112521001004000000000099",
            ["trade_status"] = "TRADE_SUCCESS",
            ["total_fee"] = "20.00",
            ["seller_id"] = alipay.Partner,
        };
        parameters["sign"] = AlipaySignature.Sign(parameters, alipay.Key, AlipayCharset.Utf8);
        parameters["sign_type"] = "MD5";
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes(AlipayFormEncoding.EncodeForm(parameters, AlipayCharset.Utf8)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        var response = await factory.CreateClient().PostAsync("/payments/alipay/notify", content);

        Assert.Equal("fail", await response.Content.ReadAsStringAsync());
        var order = await factory.OrderAsync(number);
        Assert.Equal((OrderStatus.PendingPayment, PaymentState.Unpaid), (order.Status, order.PaymentState));
        var stored = await factory.QueryAsync(db => db.PaymentNotifications.SingleAsync(n => n.OutTradeNo == number));
        Assert.Equal(NotificationOutcome.Failed, stored.Outcome);
        Assert.Contains("notify_verify", stored.Detail);
    }

    [Fact]
    public async Task An_unpaid_order_past_its_deadline_stays_open_while_alipay_cannot_be_asked()
    {
        var product = await factory.AddProductAsync(stock: 3);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();

        factory.Clock.Advance(TimeSpan.FromHours(3));
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Shop.Web.Features.Orders.OrderTimeouts>().RunOnceAsync(CancellationToken.None);
        }

        Assert.Equal(OrderStatus.PendingPayment, (await factory.OrderAsync(number)).Status);
        Assert.Equal(2, await factory.QueryAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Stock).SingleAsync()));
    }

    [Fact]
    public async Task A_buyer_cannot_cancel_while_alipay_cannot_be_asked_to_close_the_trade_and_is_told_so()
    {
        var product = await factory.AddProductAsync(stock: 3);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();

        var response = await buyer.SubmitFormAsync($"/orders/{number}", [], action: $"/orders/{number}/cancel");

        Assert.Equal($"/orders/{number}", response.RedirectPath());
        Assert.Equal(
            "暂时无法连接支付宝，订单未能取消，仍保持待付款状态；请过几分钟再试。",
            (await buyer.GetHtmlAsync($"/orders/{number}")).Flash("warning"));
        var order = await factory.OrderAsync(number);
        Assert.Equal((OrderStatus.PendingPayment, PaymentState.Unpaid), (order.Status, order.PaymentState));
        Assert.DoesNotContain(order.History, h => h.Event == OrderHistoryEvent.CancelledByBuyer);
        Assert.Equal(2, await factory.QueryAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Stock).SingleAsync()));
    }
}
