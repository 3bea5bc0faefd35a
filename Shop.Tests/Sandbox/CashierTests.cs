using System.Net;
using Shop.AlipaySandbox;
using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Sandbox;

/// <summary>The cashier page: what the buyer is asked to pay, the buttons, and a repeated out_trade_no.</summary>
public class CashierTests(SandboxWebApplicationFactory factory) : IClassFixture<SandboxWebApplicationFactory>
{
    private readonly SandboxBrowser _browser = SandboxBrowser.Open(factory);

    private static OrderedDictionary<string, string> Escrow(string logisticsPayment) =>
        PaymentRequests.For(AlipayServices.CreatePartnerTradeByBuyer)
            .With("price", "99.90")
            .With("quantity", "2")
            .With("logistics_fee", "10.00")
            .With("logistics_payment", logisticsPayment);

    [Fact]
    public async Task A_logistics_fee_the_buyer_pays_is_added_to_the_total()
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(Escrow("BUYER_PAY")));

        Assert.True(page.IsCashier, page.ErrorCode);
        Assert.Equal("199.80", page.GoodsTotal);
        Assert.Equal("10.00", page.LogisticsFee);
        Assert.Equal("209.80", page.Total);
        Assert.Contains("运费由买家支付", page.Html);
        Assert.Contains("¥209.80", page.Html);
    }

    [Theory]
    [InlineData("SELLER_PAY", "运费由卖家承担")]
    [InlineData("BUYER_PAY_AFTER_RECEIVE", "运费由买家收货时支付给快递")]
    public async Task A_logistics_fee_the_buyer_does_not_pay_now_is_left_out_of_the_total(string logisticsPayment, string shown)
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(Escrow(logisticsPayment)));

        Assert.Equal("10.00", page.LogisticsFee);
        Assert.Equal("199.80", page.Total);
        Assert.Contains(shown, page.Html);
    }

    [Theory]
    [InlineData(AlipayServices.TradeCreateByBuyer, "escrow,instant")]
    [InlineData(AlipayServices.CreatePartnerTradeByBuyer, "escrow")]
    [InlineData(AlipayServices.CreateDirectPayByUser, "instant")]
    [InlineData(AlipayServices.CreateDigitalGoodsTradeP, "instant")]
    [InlineData(AlipayServices.CreateDonateTradeP, "instant")]
    public async Task The_dual_service_offers_escrow_and_instant_and_every_other_one_button(string service, string choices)
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(PaymentRequests.For(service)));

        Assert.Equal(choices, string.Join(',', page.PayChoices));
    }

    [Fact]
    public async Task Leaving_goes_back_to_show_url()
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(
            PaymentRequests.For(AlipayServices.CreateDirectPayByUser).With("show_url", PaymentRequests.ShowUrl)));

        Assert.Equal(PaymentRequests.ShowUrl, page.LeaveUrl);
    }

    [Fact]
    public async Task Leaving_without_a_show_url_ends_on_a_page_that_says_nothing_was_paid()
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser)));

        var left = await _browser.Client.GetStringAsync(page.LeaveUrl);

        Assert.Contains("data-page=\"left\"", left);
        Assert.Contains("没有付款", left);
        Assert.Equal(TradeStatus.WaitBuyerPay, (await factory.TradeAsync(page.TradeNo)).Status);
    }

    [Fact]
    public async Task The_same_out_trade_no_with_the_same_amounts_shows_the_same_trade_again()
    {
        var first = Escrow("BUYER_PAY");
        var again = first.With("price", "99.9").With("logistics_fee", "10");

        var firstPage = await _browser.SubmitAsync(PaymentRequests.Signed(first));
        var secondPage = await _browser.SubmitAsync(PaymentRequests.Signed(again));

        Assert.True(secondPage.IsCashier, secondPage.ErrorCode);
        Assert.Equal(firstPage.TradeNo, secondPage.TradeNo);
        Assert.Equal(1, await factory.ReadSandboxAsync(db => Task.FromResult(db.Trades.Count(t => t.Request.OutTradeNo == first["out_trade_no"]))));
    }

    [Theory]
    [InlineData("price", "89.90", AlipayErrorCodes.TradePriceNotMatch)]
    [InlineData("quantity", "3", AlipayErrorCodes.TradeQuantityNotMatch)]
    [InlineData("logistics_fee", "12.00", AlipayErrorCodes.TradeTotalFeeNotMatch)]
    public async Task The_same_out_trade_no_with_other_amounts_is_refused(string parameter, string value, string errorCode)
    {
        var first = Escrow("BUYER_PAY");
        await _browser.SubmitAsync(PaymentRequests.Signed(first));

        var page = await _browser.SubmitAsync(PaymentRequests.Signed(first.With(parameter, value)));

        GatewayAssert.ErrorPage(page, errorCode, parameter == "logistics_fee" ? "total_fee" : parameter);
        Assert.Contains("同一个商户订单号（out_trade_no）再次提交时金额与第一次不同", page.Explanation);
    }

    [Fact]
    public async Task The_same_out_trade_no_with_another_total_fee_is_TRADE_TOTALFEE_NOT_MATCH()
    {
        var first = PaymentRequests.For(AlipayServices.CreateDirectPayByUser);
        await _browser.SubmitAsync(PaymentRequests.Signed(first));

        var page = await _browser.SubmitAsync(PaymentRequests.Signed(first.With("total_fee", "100.00")));

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.TradeTotalFeeNotMatch, "total_fee");
    }

    [Fact]
    public async Task A_paid_trade_sent_again_is_TRADE_NOT_ALLOWED_PAY()
    {
        var signed = PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser));
        var (_, paid) = await _browser.PayAsync(signed);
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);

        var page = await _browser.SubmitAsync(signed);

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.TradeNotAllowedPay, "out_trade_no");
        Assert.Contains("这笔交易已关闭或已超时，不能再付款", page.Explanation);
    }

    [Fact]
    public async Task A_closed_trade_can_no_longer_be_paid_nor_sent_again()
    {
        var signed = PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser));
        var cashier = await _browser.SubmitAsync(signed);
        await _browser.Client.ActOnTradeAsync(cashier.TradeNo, "close");

        var pressedPay = await GatewayPage.ReadAsync(await _browser.PayAsync(cashier));
        var sentAgain = await _browser.SubmitAsync(signed);

        GatewayAssert.ErrorPage(pressedPay, AlipayErrorCodes.TradeNotAllowedPay, "out_trade_no");
        GatewayAssert.ErrorPage(sentAgain, AlipayErrorCodes.TradeNotAllowedPay, "out_trade_no");
        Assert.Equal(TradeStatus.TradeClosed, (await factory.TradeAsync(cashier.TradeNo)).Status);
    }

    [Fact]
    public async Task A_trade_number_looks_like_Alipays()
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser)));

        Assert.Matches("^20[0-9]{6}21001004[0-9]{12}$", page.TradeNo);
        Assert.Equal(TradeNumber.Length, page.TradeNo.Length);
    }
}
