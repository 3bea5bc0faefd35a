using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Shop.Domain;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Web;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Sandbox;

/// <summary>
/// send_goods_confirm_by_platform and single_trade_query, called by the shop's own gateway client
/// (the way the admin's "ship" and the order checks call them), answered in XML by the sandbox.
/// </summary>
public class PlatformServiceTests(SandboxWebApplicationFactory factory) : IClassFixture<SandboxWebApplicationFactory>
{
    private readonly SandboxBrowser _browser = SandboxBrowser.Open(factory);

    private async Task<GatewayAnswer> CallAsync(Func<AlipayGatewayClient, Task<GatewayAnswer>> call)
    {
        using var scope = factory.Services.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<AlipayGatewayClient>());
    }

    private Task<GatewayAnswer> SendGoodsAsync(string tradeNo) =>
        CallAsync(client => client.SendGoodsAsync(
            new SendGoodsRequest(tradeNo, "SF Express", AlipayLogisticsType.Express) { InvoiceNo = "SF1234567890" }, CancellationToken.None));

    private Task<GatewayAnswer> QueryAsync(string? tradeNo, string? outTradeNo) =>
        CallAsync(client => client.QueryTradeAsync(new TradeQueryRequest(tradeNo, outTradeNo), CancellationToken.None));

    /// <summary>A server call signed here, for requests the shop's client would refuse to send.</summary>
    private async Task<AlipayXmlAnswer> PostAsync(IReadOnlyDictionary<string, string> signed)
    {
        using var form = new StringContent(AlipayFormEncoding.EncodeForm(signed, AlipayCharset.Utf8), Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await _browser.Client.PostAsync("/sandbox/alipay/gateway.do?_input_charset=utf-8", form);
        Assert.StartsWith("text/xml", response.Content.Headers.ContentType?.MediaType);
        return AlipayXmlAnswer.Parse(await response.Content.ReadAsByteArrayAsync());
    }

    private static OrderedDictionary<string, string> Query(string partner, string? outTradeNo) =>
        new OrderedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["service"] = AlipayServices.SingleTradeQuery,
            ["partner"] = partner,
            ["_input_charset"] = "utf-8",
        }.With("out_trade_no", outTradeNo);

    private async Task<(string TradeNo, string OutTradeNo)> PaidTradeAsync(string service, string choice, string? notifyUrl = null)
    {
        var request = PaymentRequests.For(service, notifyUrl);
        var (tradeNo, _) = await _browser.PayAsync(PaymentRequests.Signed(request), choice);
        return (tradeNo, request["out_trade_no"]);
    }

    [Fact]
    public async Task Sending_goods_moves_a_paid_escrow_trade_to_WAIT_BUYER_CONFIRM_GOODS_and_notifies()
    {
        var sink = NotifySink.NewName();
        var (tradeNo, outTradeNo) = await PaidTradeAsync(AlipayServices.TradeCreateByBuyer, "escrow", NotifySink.UrlFor(sink));

        var answer = await SendGoodsAsync(tradeNo);

        Assert.True(answer.IsSuccess, answer.Xml?.ErrorCode ?? answer.Unreachable);
        var trade = answer.Xml!.Trade!;
        Assert.Equal(TradeStatus.WaitBuyerConfirmGoods, trade.TradeStatus);
        Assert.Equal(tradeNo, trade.TradeNo);
        Assert.Equal(outTradeNo, trade.OutTradeNo);
        Assert.True(AlipaySignature.Verify(answer.Xml.ResponseFields, answer.Xml.Sign, TestMerchants.ShopKey, AlipayCharset.Utf8));
        Assert.Equal(AlipayServices.SendGoodsConfirmByPlatform, answer.Xml.Request["service"]);
        Assert.False(answer.Xml.Request.ContainsKey("sign"));

        var stored = await factory.TradeAsync(tradeNo);
        Assert.Equal("SF Express", stored.LogisticsName);
        Assert.Equal("SF1234567890", stored.InvoiceNo);
        Assert.NotNull(stored.SentGoodsAt);
        await Eventually.Until(
            () => factory.Sink.ReceivedBy(sink).Any(n => n.Parameters(AlipayCharset.Utf8)["trade_status"] == "WAIT_BUYER_CONFIRM_GOODS"),
            "the WAIT_BUYER_CONFIRM_GOODS notification");
        var notified = factory.Sink.ReceivedBy(sink)[^1].Parameters(AlipayCharset.Utf8);
        Assert.True(ChinaTime.TryParse(notified["gmt_send_goods"], out _));
    }

    [Fact]
    public async Task Sending_goods_for_a_trade_Alipay_does_not_know_is_TRADE_NOT_EXIST()
    {
        var answer = await SendGoodsAsync("2026112521001004000000000000");

        Assert.Equal(AlipayXmlOutcome.Failure, answer.Xml!.Outcome);
        Assert.Equal(AlipayErrorCodes.TradeNotExist, answer.Xml.ErrorCode);
    }

    [Fact]
    public async Task Sending_goods_for_an_unpaid_an_instant_or_an_already_shipped_trade_is_TRADE_STATUS_NOT_AVAILD()
    {
        var unpaid = await _browser.SubmitAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreatePartnerTradeByBuyer)));
        var (instant, _) = await PaidTradeAsync(AlipayServices.TradeCreateByBuyer, "instant");
        var (shipped, _) = await PaidTradeAsync(AlipayServices.CreatePartnerTradeByBuyer, "escrow");
        Assert.True((await SendGoodsAsync(shipped)).IsSuccess);

        foreach (var tradeNo in new[] { unpaid.TradeNo, instant, shipped })
        {
            var answer = await SendGoodsAsync(tradeNo);
            Assert.Equal(AlipayErrorCodes.TradeStatusNotAvailable, answer.Xml!.ErrorCode);
        }
    }

    [Fact]
    public async Task A_query_answers_the_trade_with_T_F_flags_and_a_signature()
    {
        var (tradeNo, outTradeNo) = await PaidTradeAsync(AlipayServices.CreateDirectPayByUser, "instant");

        var answer = await QueryAsync(null, outTradeNo);

        Assert.True(answer.IsSuccess, answer.Xml?.ErrorCode ?? answer.Unreachable);
        var trade = answer.Xml!.Trade!;
        Assert.Equal(tradeNo, trade.TradeNo);
        Assert.Equal(TradeStatus.TradeSuccess, trade.TradeStatus);
        Assert.Equal(99.90m, trade.TotalFee);
        Assert.Equal("buyer@sandbox.alipay.test", trade.BuyerEmail);
        Assert.Equal(TestMerchants.ShopSellerEmail, trade.SellerEmail);
        Assert.Equal(TestMerchants.ShopPartner, trade.SellerId);
        Assert.NotNull(trade.GmtPayment);
        Assert.Equal("F", answer.Xml.ResponseFields["is_total_fee_adjust"]);
        Assert.Equal("F", answer.Xml.ResponseFields["use_coupon"]);
        Assert.True(AlipaySignature.Verify(answer.Xml.ResponseFields, answer.Xml.Sign, TestMerchants.ShopKey, AlipayCharset.Utf8));
    }

    [Fact]
    public async Task Alipays_trade_no_wins_over_out_trade_no()
    {
        var (first, _) = await PaidTradeAsync(AlipayServices.CreateDirectPayByUser, "instant");
        var (_, secondOutTradeNo) = await PaidTradeAsync(AlipayServices.CreateDigitalGoodsTradeP, "instant");

        var answer = await QueryAsync(first, secondOutTradeNo);

        Assert.Equal(first, answer.Xml!.Trade!.TradeNo);
    }

    [Fact]
    public async Task A_query_for_a_trade_Alipay_does_not_know_is_TRADE_NOT_EXIST()
    {
        var answer = await QueryAsync(null, PaymentRequests.NewOutTradeNo());

        Assert.Equal(AlipayErrorCodes.TradeNotExist, answer.Xml!.ErrorCode);
    }

    [Fact]
    public async Task Another_partners_trade_does_not_exist_for_a_partner()
    {
        var (_, outTradeNo) = await PaidTradeAsync(AlipayServices.CreateDirectPayByUser, "instant");

        var answer = await PostAsync(PaymentRequests.Signed(Query(TestMerchants.FinishingPartner, outTradeNo), TestMerchants.FinishingKey));

        Assert.Equal(AlipayErrorCodes.TradeNotExist, answer.ErrorCode);
    }

    [Fact]
    public async Task A_query_without_either_number_is_ILLEGAL_ARGUMENT()
    {
        var answer = await PostAsync(PaymentRequests.Signed(Query(TestMerchants.ShopPartner, null)));

        Assert.Equal(AlipayXmlOutcome.Failure, answer.Outcome);
        Assert.Equal(AlipayErrorCodes.IllegalArgument, answer.ErrorCode);
    }

    [Fact]
    public async Task A_query_signed_with_another_key_is_ILLEGAL_SIGN()
    {
        var answer = await PostAsync(PaymentRequests.Signed(Query(TestMerchants.ShopPartner, "T1"), "wrongkey000000000000000000000000"));

        Assert.Equal(AlipayErrorCodes.IllegalSign, answer.ErrorCode);
    }

    [Fact]
    public async Task A_query_by_a_partner_without_the_contract_is_HASH_NO_PRIVILEGE()
    {
        var answer = await PostAsync(PaymentRequests.Signed(Query(TestMerchants.DirectPayOnlyPartner, "T1"), TestMerchants.DirectPayOnlyKey));

        Assert.Equal(AlipayErrorCodes.HashNoPrivilege, answer.ErrorCode);
    }

    [Fact]
    public async Task Close_trade_closes_an_unpaid_trade_and_refuses_a_paid_one()
    {
        var unpaid = await _browser.SubmitAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser)));
        var (paid, _) = await PaidTradeAsync(AlipayServices.CreateDirectPayByUser, "instant");
        OrderedDictionary<string, string> Close(string tradeNo) => new(StringComparer.Ordinal)
        {
            ["service"] = AlipayServices.CloseTrade,
            ["partner"] = TestMerchants.ShopPartner,
            ["_input_charset"] = "utf-8",
            ["trade_no"] = tradeNo,
        };

        var closed = await PostAsync(PaymentRequests.Signed(Close(unpaid.TradeNo)));
        var refused = await PostAsync(PaymentRequests.Signed(Close(paid)));

        Assert.Equal(TradeStatus.TradeClosed, closed.Trade!.TradeStatus);
        Assert.Equal(TradeStatus.TradeClosed, (await factory.TradeAsync(unpaid.TradeNo)).Status);
        Assert.Equal(AlipayErrorCodes.TradeStatusNotAvailable, refused.ErrorCode);
    }

    [Fact]
    public async Task Close_trade_by_out_order_no_answers_trade_base_then_refuses_a_second_close_and_knows_no_other_number()
    {
        var request = PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser));
        var unpaid = await _browser.SubmitAsync(request);
        OrderedDictionary<string, string> Close(string outOrderNo) => new(StringComparer.Ordinal)
        {
            ["service"] = AlipayServices.CloseTrade,
            ["partner"] = TestMerchants.ShopPartner,
            ["_input_charset"] = "utf-8",
            ["out_order_no"] = outOrderNo,
        };

        var closed = await PostAsync(PaymentRequests.Signed(Close(request["out_trade_no"])));
        var again = await PostAsync(PaymentRequests.Signed(Close(request["out_trade_no"])));
        var unknown = await PostAsync(PaymentRequests.Signed(Close("NO-SUCH-ORDER")));

        Assert.True(closed.IsSuccess);
        Assert.Equal((unpaid.TradeNo, request["out_trade_no"], TradeStatus.TradeClosed), (closed.Trade!.TradeNo, closed.Trade.OutTradeNo, closed.Trade.TradeStatus));
        Assert.True(AlipaySignature.Verify(closed.ResponseFields, closed.Sign, TestMerchants.ShopKey, AlipayCharset.Utf8));
        Assert.Equal(AlipayErrorCodes.TradeStatusNotAvailable, again.ErrorCode);
        Assert.Equal(AlipayErrorCodes.TradeNotExist, unknown.ErrorCode);
    }
}
