using Microsoft.AspNetCore.Mvc.Testing;
using Shop.AlipaySandbox;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Web;

namespace Shop.Tests.Sandbox;

/// <summary>The sandbox keeps everything in its database: a restart of the app loses no trade and no pending resend.</summary>
public class SandboxRestartTests
{
    [Fact]
    public async Task Trades_and_a_pending_resend_survive_a_restart()
    {
        using var factory = new SandboxWebApplicationFactory();
        // Alipay's real schedule: the resend is due 2 minutes after the failed attempt, long after the restart.
        WebApplicationFactory<Program> Host() => factory.WithWebHostBuilder(builder => builder.UseSetting("Alipay:Sandbox:NotifyScheduleScale", "1"));
        var sink = NotifySink.NewName();
        factory.Sink.Answer(sink, "fail");

        string tradeNo;
        using (var before = Host())
        {
            var browser = new SandboxBrowser(before.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
            (tradeNo, _) = await browser.PayAsync(
                PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreatePartnerTradeByBuyer, NotifySink.UrlFor(sink))), "escrow");
            await Eventually.Until(
                async () => (await before.NotificationsAsync(tradeNo)).Sum(n => n.AttemptCount) == 2,
                "WAIT_BUYER_PAY answered fail, then WAIT_SELLER_SEND_GOODS answered success");
        }

        using var after = Host();
        var pending = (await after.NotificationsAsync(tradeNo)).Single(n => n.State == NotificationState.Pending);
        Assert.Equal("WAIT_BUYER_PAY", pending.TradeStatus);
        Assert.Equal(1, pending.AttemptCount);
        Assert.Equal(TradeStatus.WaitSellerSendGoods, (await after.TradeAsync(tradeNo)).Status);
        Assert.Contains($"data-trade-no=\"{tradeNo}\"", await after.CreateClient().GetStringAsync("/sandbox/alipay"));

        factory.Clock.Advance(TimeSpan.FromMinutes(3));

        await Eventually.Until(
            async () => (await after.NotificationsAsync(tradeNo)).All(n => n.State == NotificationState.Acknowledged),
            "the resend after the restart");
        Assert.Equal(["WAIT_BUYER_PAY", "WAIT_SELLER_SEND_GOODS", "WAIT_BUYER_PAY"],
            factory.Sink.ReceivedBy(sink).Select(n => n.Parameters(AlipayCharset.Utf8)["trade_status"]));
        var resent = (await after.NotificationsAsync(tradeNo)).Single(n => n.Id == pending.Id);
        Assert.Equal(2, resent.AttemptCount);
    }
}
