using Shop.Domain.Payments.Alipay;
using Shop.Tests.Web;

namespace Shop.Tests.Sandbox;

/// <summary>it_b_pay: an unpaid trade past it closes by itself and can no longer be paid. The test host's clock is moved forward.</summary>
public class UnpaidTimeoutTests(SandboxWebApplicationFactory factory) : IClassFixture<SandboxWebApplicationFactory>
{
    private readonly SandboxBrowser _browser = SandboxBrowser.Open(factory);

    [Fact]
    public async Task An_escrow_trade_past_its_it_b_pay_is_closed_notified_and_cannot_be_paid()
    {
        var sink = NotifySink.NewName();
        var signed = PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreatePartnerTradeByBuyer, NotifySink.UrlFor(sink)).With("it_b_pay", "30m"));
        var cashier = await _browser.SubmitAsync(signed);

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var pressedPay = await GatewayPage.ReadAsync(await _browser.PayAsync(cashier));

        GatewayAssert.ErrorPage(pressedPay, AlipayErrorCodes.TradeNotAllowedPay, "it_b_pay");
        await Eventually.Until(
            () => factory.Sink.ReceivedBy(sink).Any(n => n.Parameters(AlipayCharset.Utf8)["trade_status"] == "TRADE_CLOSED"),
            "the TRADE_CLOSED notification of the timed-out trade");
        var trade = await factory.TradeAsync(cashier.TradeNo);
        Assert.Equal(TradeStatus.TradeClosed, trade.Status);
        Assert.NotNull(trade.ClosedAt);
        GatewayAssert.ErrorPage(await _browser.SubmitAsync(signed), AlipayErrorCodes.TradeNotAllowedPay, "out_trade_no");
    }

    [Fact]
    public async Task An_instant_trade_within_its_it_b_pay_can_be_paid_and_one_past_it_closes_without_a_notification()
    {
        var sink = NotifySink.NewName();
        var inTime = await _browser.SubmitAsync(PaymentRequests.Signed(
            PaymentRequests.For(AlipayServices.CreateDirectPayByUser, NotifySink.UrlFor(sink)).With("it_b_pay", "2h")));
        var late = await _browser.SubmitAsync(PaymentRequests.Signed(
            PaymentRequests.For(AlipayServices.CreateDirectPayByUser, NotifySink.UrlFor(sink)).With("it_b_pay", "1m")));

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await _browser.PayAsync(inTime);

        await Eventually.Until(
            async () => (await factory.TradeAsync(late.TradeNo)).Status == TradeStatus.TradeClosed,
            "the trade with it_b_pay=1m to close");
        Assert.Empty(await factory.NotificationsAsync(late.TradeNo));
        await Eventually.Until(() => factory.Sink.ReceivedBy(sink).Count == 1, "the payment notification of the trade paid in time");
        Assert.Equal("TRADE_SUCCESS", factory.Sink.ReceivedBy(sink)[0].Parameters(AlipayCharset.Utf8)["trade_status"]);
        Assert.Equal(inTime.TradeNo, factory.Sink.ReceivedBy(sink)[0].Parameters(AlipayCharset.Utf8)["trade_no"]);
    }
}
