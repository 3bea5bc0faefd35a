using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Shop.Domain;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Web;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Sandbox;

/// <summary>Paying at the cashier: the status each service reaches, the signed return, and the notifications.</summary>
public class PaymentTests(SandboxWebApplicationFactory factory) : IClassFixture<SandboxWebApplicationFactory>
{
    private readonly SandboxBrowser _browser = SandboxBrowser.Open(factory);

    [Theory]
    [InlineData(AlipayServices.CreateDirectPayByUser, TestMerchants.ShopPartner, "instant", "TRADE_SUCCESS")]
    [InlineData(AlipayServices.CreateDirectPayByUser, TestMerchants.FinishingPartner, "instant", "TRADE_FINISHED")]
    [InlineData(AlipayServices.CreatePartnerTradeByBuyer, TestMerchants.ShopPartner, "escrow", "WAIT_SELLER_SEND_GOODS")]
    [InlineData(AlipayServices.TradeCreateByBuyer, TestMerchants.ShopPartner, "escrow", "WAIT_SELLER_SEND_GOODS")]
    [InlineData(AlipayServices.TradeCreateByBuyer, TestMerchants.ShopPartner, "instant", "TRADE_FINISHED")]
    [InlineData(AlipayServices.CreateDigitalGoodsTradeP, TestMerchants.ShopPartner, "instant", "TRADE_SUCCESS")]
    [InlineData(AlipayServices.CreateDonateTradeP, TestMerchants.ShopPartner, "instant", "TRADE_FINISHED")]
    public async Task Paying_reaches_the_status_of_the_service_and_returns_a_signed_redirect(
        string service, string partner, string choice, string status)
    {
        var key = partner == TestMerchants.ShopPartner ? TestMerchants.ShopKey : TestMerchants.FinishingKey;
        var sink = NotifySink.NewName();
        var request = PaymentRequests.For(service, NotifySink.UrlFor(sink)).With("partner", partner);

        var (tradeNo, paid) = await _browser.PayAsync(PaymentRequests.Signed(request, key), choice);

        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        var location = paid.Headers.Location!.AbsoluteUri;
        Assert.StartsWith(PaymentRequests.ReturnUrl + "?", location);
        var returned = AlipayFormEncoding.Parse(new Uri(location).Query, AlipayCharset.Utf8);
        Assert.True(AlipaySignature.Verify(returned, returned["sign"], key, AlipayCharset.Utf8), "The return is not signed with the partner's key.");
        Assert.Equal("MD5", returned["sign_type"]);
        Assert.Equal("T", returned["is_success"]);
        Assert.Equal(service, returned["exterface"]);
        Assert.Equal(status, returned["trade_status"]);
        Assert.Equal(tradeNo, returned["trade_no"]);
        Assert.Equal(request["out_trade_no"], returned["out_trade_no"]);
        Assert.Equal("buyer@sandbox.alipay.test", returned["buyer_email"]);
        Assert.NotEmpty(returned["notify_id"]);

        var trade = await factory.TradeAsync(tradeNo);
        Assert.Equal(status, AlipayStatusNames.NameOf(trade.Status));
        Assert.NotNull(trade.PaidAt);

        await Eventually.Until(
            () => factory.Sink.ReceivedBy(sink).Any(n => n.Parameters(AlipayCharset.Utf8)["trade_status"] == status),
            $"the {status} notification");
        var notified = factory.Sink.ReceivedBy(sink)[^1].Parameters(AlipayCharset.Utf8);
        Assert.True(AlipaySignature.Verify(notified, notified["sign"], key, AlipayCharset.Utf8), "The notification is not signed with the partner's key.");
        Assert.Equal(returned["total_fee"], notified["total_fee"]);
        Assert.NotEqual(returned["notify_id"], notified["notify_id"]);
    }

    [Fact]
    public async Task The_return_passes_the_shops_own_verification_including_notify_verify()
    {
        var merchant = TestMerchants.Shop();
        var signed = new AlipayRequestBuilder(merchant).BuildDualTrade(new LogisticsTradeRequest(
            PaymentRequests.NewOutTradeNo(), "Tea sampler", 88.00m, 1, new AlipayLogistics(AlipayLogisticsType.Express, 12.00m, AlipayLogisticsPayment.BuyerPay))
        {
            ReturnUrl = PaymentRequests.ReturnUrl,
            Receiver = new AlipayReceiver("Li Si", "2 Test Lane, Suzhou") { Mobile = "13800000000" },
        });

        var cashier = await _browser.SubmitAsync(signed);
        var paid = await _browser.PayAsync(cashier, "escrow");

        var returned = AlipayNotification.Parse(AlipayFormEncoding.Parse(paid.Headers.Location!.Query, AlipayCharset.Utf8));
        using var scope = factory.Services.CreateScope();
        var verifier = new AlipayNotificationVerifier(merchant, scope.ServiceProvider.GetRequiredService<AlipayGatewayClient>());
        var verification = await verifier.VerifyAsync(returned, AlipayCharset.Utf8);
        Assert.True(verification.IsVerified, verification.Reason);
        Assert.Equal(100.00m, returned.TotalFee);
        Assert.Equal(TradeStatus.WaitSellerSendGoods, returned.TradeStatus);
        Assert.Equal("Li Si", returned.ReceiveName);
    }

    [Theory]
    [InlineData(AlipayServices.CreatePartnerTradeByBuyer, "escrow")]
    [InlineData(AlipayServices.TradeCreateByBuyer, "escrow")]
    public async Task Escrow_and_dual_trades_notify_WAIT_BUYER_PAY_when_created_then_the_payment(string service, string choice)
    {
        var sink = NotifySink.NewName();
        var cashier = await _browser.SubmitAsync(PaymentRequests.Signed(PaymentRequests.For(service, NotifySink.UrlFor(sink))));

        await Eventually.Until(() => factory.Sink.ReceivedBy(sink).Count == 1, "the WAIT_BUYER_PAY notification");
        await _browser.PayAsync(cashier, choice);
        await Eventually.Until(() => factory.Sink.ReceivedBy(sink).Count == 2, "the payment notification");

        var notified = factory.Sink.ReceivedBy(sink).Select(n => n.Parameters(AlipayCharset.Utf8)).ToList();
        Assert.Equal(["WAIT_BUYER_PAY", "WAIT_SELLER_SEND_GOODS"], notified.Select(n => n["trade_status"]));
        Assert.All(notified, n =>
        {
            Assert.Equal("EXPRESS", n["logistics_type"]);
            Assert.Equal("10.00", n["logistics_fee"]);
            Assert.Equal("BUYER_PAY", n["logistics_payment"]);
            Assert.Equal("Zhang San", n["receive_name"]);
            Assert.Equal("1 Test Road, Hangzhou", n["receive_address"]);
            Assert.Equal("109.90", n["total_fee"]);
            Assert.Equal("trade_status_sync", n["notify_type"]);
            Assert.Equal("N", n["is_total_fee_adjust"]);
        });
        Assert.False(notified[0].ContainsKey("gmt_payment"));
        Assert.True(ChinaTime.TryParse(notified[1]["gmt_payment"], out _));
    }

    [Theory]
    [InlineData(AlipayServices.CreateDirectPayByUser)]
    [InlineData(AlipayServices.CreateDigitalGoodsTradeP)]
    [InlineData(AlipayServices.CreateDonateTradeP)]
    public async Task Instant_trades_notify_only_the_payment_and_carry_no_logistics(string service)
    {
        var sink = NotifySink.NewName();
        var (tradeNo, _) = await _browser.PayAsync(PaymentRequests.Signed(PaymentRequests.For(service, NotifySink.UrlFor(sink))));

        await Eventually.Until(() => factory.Sink.ReceivedBy(sink).Count == 1, "the payment notification");

        Assert.Single(await factory.NotificationsAsync(tradeNo));
        var notified = factory.Sink.ReceivedBy(sink)[0].Parameters(AlipayCharset.Utf8);
        Assert.DoesNotContain(notified.Keys, name => name.StartsWith("logistics_", StringComparison.Ordinal) || name.StartsWith("receive_", StringComparison.Ordinal));
        Assert.Equal("1", notified["quantity"]);
        Assert.Equal(notified["total_fee"], notified["price"]);
    }

    [Fact]
    public async Task Extra_common_param_comes_back_in_the_return_and_the_notification()
    {
        var sink = NotifySink.NewName();
        var request = PaymentRequests.For(AlipayServices.CreateDigitalGoodsTradeP, NotifySink.UrlFor(sink)).With("extra_common_param", "order=42");

        var (_, paid) = await _browser.PayAsync(PaymentRequests.Signed(request));

        Assert.Equal("order=42", AlipayFormEncoding.Parse(paid.Headers.Location!.Query, AlipayCharset.Utf8)["extra_common_param"]);
        await Eventually.Until(() => factory.Sink.ReceivedBy(sink).Count == 1, "the payment notification");
        Assert.Equal("order=42", factory.Sink.ReceivedBy(sink)[0].Parameters(AlipayCharset.Utf8)["extra_common_param"]);
    }

    [Fact]
    public async Task Without_a_return_url_the_buyer_sees_the_sandbox_s_own_paid_page()
    {
        var request = PaymentRequests.For(AlipayServices.CreateDirectPayByUser).With("return_url", null);

        var (tradeNo, paid) = await _browser.PayAsync(PaymentRequests.Signed(request));

        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        var html = await paid.Content.ReadAsStringAsync();
        Assert.Contains("data-page=\"paid\"", html);
        Assert.Contains("付款成功", html);
        Assert.Equal(TradeStatus.TradeSuccess, (await factory.TradeAsync(tradeNo)).Status);
    }
}
