using System.Globalization;
using Shop.AlipaySandbox;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Web;

namespace Shop.Tests.Sandbox;

/// <summary>Faults injected from the console into the next notifications, as a merchant's notify_url sees them.</summary>
public class FaultTests(SandboxWebApplicationFactory factory) : IClassFixture<SandboxWebApplicationFactory>
{
    private readonly SandboxBrowser _browser = SandboxBrowser.Open(factory);

    private IReadOnlyList<IReadOnlyDictionary<string, string>> Received(string sink) =>
        factory.Sink.ReceivedBy(sink).Select(n => n.Parameters(AlipayCharset.Utf8)).ToList();

    /// <summary>An unpaid direct payment (it sends no notification before it is paid) with a fault waiting for its next notification.</summary>
    private async Task<GatewayPage> TradeWithFaultAsync(string sink, FaultKind fault, int delaySeconds = 1)
    {
        var cashier = await _browser.SubmitAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser, NotifySink.UrlFor(sink))));
        await _browser.Client.ActOnTradeAsync(cashier.TradeNo, "faults", new()
        {
            ["kind"] = fault.ToString(),
            ["delaySeconds"] = delaySeconds.ToString(CultureInfo.InvariantCulture),
            ["count"] = "1",
        });
        return cashier;
    }

    [Fact]
    public async Task A_dropped_notification_is_never_sent_and_the_next_one_is()
    {
        var sink = NotifySink.NewName();
        var cashier = await TradeWithFaultAsync(sink, FaultKind.Drop);

        await _browser.PayAsync(cashier);
        await _browser.Client.ActOnTradeAsync(cashier.TradeNo, "refund", new() { ["amount"] = "9.90" });

        await Eventually.Until(() => factory.Sink.ReceivedBy(sink).Count == 1, "the refund notification");
        Assert.Equal("REFUND_SUCCESS", Received(sink)[0]["refund_status"]);
        var dropped = (await factory.NotificationsAsync(cashier.TradeNo))[0];
        Assert.Equal(NotificationState.Dropped, dropped.State);
        Assert.Empty(dropped.Attempts);
        Assert.Contains("data-injected-fault=\"Drop\"", await _browser.Client.GetStringAsync($"/sandbox/alipay/trades/{cashier.TradeNo}"));
    }

    [Fact]
    public async Task A_duplicated_notification_arrives_twice()
    {
        var sink = NotifySink.NewName();
        var cashier = await TradeWithFaultAsync(sink, FaultKind.Duplicate);

        await _browser.PayAsync(cashier);

        await Eventually.Until(() => factory.Sink.ReceivedBy(sink).Count == 2, "both copies");
        Assert.Equal(factory.Sink.ReceivedBy(sink)[0].Body, factory.Sink.ReceivedBy(sink)[1].Body);
    }

    [Fact]
    public async Task A_delayed_notification_is_held_for_its_seconds()
    {
        var sink = NotifySink.NewName();
        var cashier = await TradeWithFaultAsync(sink, FaultKind.Delay, delaySeconds: 1);

        var paidAt = DateTimeOffset.UtcNow;
        await _browser.PayAsync(cashier);

        await Eventually.Until(
            async () => (await factory.NotificationsAsync(cashier.TradeNo)).Single().State == NotificationState.Acknowledged,
            "the delayed notification to be acknowledged");
        Assert.True(factory.Sink.ReceivedBy(sink).Single().ReceivedAt - paidAt >= TimeSpan.FromSeconds(1));
        var notification = (await factory.NotificationsAsync(cashier.TradeNo)).Single();
        Assert.True(notification.Attempts.Single().AttemptedAt - notification.CreatedAt >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_reordered_notification_arrives_after_the_next_one()
    {
        var sink = NotifySink.NewName();
        var cashier = await TradeWithFaultAsync(sink, FaultKind.Reorder);

        await _browser.PayAsync(cashier);
        await _browser.Client.ActOnTradeAsync(cashier.TradeNo, "finish");

        await Eventually.Until(() => factory.Sink.ReceivedBy(sink).Count == 2, "both notifications");
        Assert.Equal(["TRADE_FINISHED", "TRADE_SUCCESS"], Received(sink).Select(n => n["trade_status"]));
    }

    [Fact]
    public async Task Without_a_fault_a_trade_s_notifications_arrive_in_order()
    {
        var sink = NotifySink.NewName();
        var (tradeNo, _) = await _browser.PayAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser, NotifySink.UrlFor(sink))));
        await _browser.Client.ActOnTradeAsync(tradeNo, "refund", new() { ["amount"] = "1.00" });
        await _browser.Client.ActOnTradeAsync(tradeNo, "finish");

        await Eventually.Until(() => factory.Sink.ReceivedBy(sink).Count == 3, "three notifications");
        Assert.Equal(["TRADE_SUCCESS", "TRADE_SUCCESS", "TRADE_FINISHED"], Received(sink).Select(n => n["trade_status"]));
        Assert.False(Received(sink)[0].ContainsKey("refund_status"));
        Assert.Equal("REFUND_SUCCESS", Received(sink)[1]["refund_status"]);
    }

    [Fact]
    public async Task A_notification_with_a_bad_signature_fails_verification_and_a_resend_repairs_it()
    {
        var sink = NotifySink.NewName();
        var cashier = await TradeWithFaultAsync(sink, FaultKind.BadSignature);

        await _browser.PayAsync(cashier);
        await Eventually.Until(() => factory.Sink.ReceivedBy(sink).Count == 1, "the notification with a bad sign");
        await _browser.Client.ActOnTradeAsync(cashier.TradeNo, "resend");
        await Eventually.Until(() => factory.Sink.ReceivedBy(sink).Count == 2, "the resent notification");

        var (corrupted, repaired) = (Received(sink)[0], Received(sink)[1]);
        Assert.Matches("^[0-9a-f]{32}$", corrupted["sign"]);
        Assert.False(AlipaySignature.Verify(corrupted, corrupted["sign"], TestMerchants.ShopKey, AlipayCharset.Utf8));
        Assert.True(AlipaySignature.Verify(repaired, repaired["sign"], TestMerchants.ShopKey, AlipayCharset.Utf8));
        Assert.Equal(corrupted["notify_id"], repaired["notify_id"]);
    }

    [Fact]
    public async Task A_fault_for_any_trade_hits_the_next_notification_whichever_trade_it_is()
    {
        var sink = NotifySink.NewName();
        await _browser.Client.SubmitFormAsync("/sandbox/alipay", new() { ["kind"] = "Duplicate", ["delaySeconds"] = "1", ["count"] = "1" }, action: "/sandbox/alipay/faults");

        await _browser.PayAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDonateTradeP, NotifySink.UrlFor(sink))));

        await Eventually.Until(() => factory.Sink.ReceivedBy(sink).Count == 2, "both copies");
        Assert.Contains("data-no-faults", await _browser.Client.GetStringAsync("/sandbox/alipay"));
    }

    [Fact]
    public async Task A_fault_removed_before_it_is_used_changes_nothing()
    {
        var sink = NotifySink.NewName();
        var cashier = await TradeWithFaultAsync(sink, FaultKind.Drop);
        var faultId = await factory.ReadSandboxAsync(db => Task.FromResult(db.Faults.Single(f => f.TradeId != null && db.Trades.Any(t => t.Id == f.TradeId && t.TradeNo == cashier.TradeNo)).Id));
        await _browser.Client.SubmitFormAsync($"/sandbox/alipay/trades/{cashier.TradeNo}", new() { ["tradeNo"] = cashier.TradeNo }, action: $"/sandbox/alipay/faults/{faultId}/remove");

        await _browser.PayAsync(cashier);

        await Eventually.Until(
            async () => (await factory.NotificationsAsync(cashier.TradeNo)).Single().State == NotificationState.Acknowledged,
            "the notification to be acknowledged");
        Assert.Single(factory.Sink.ReceivedBy(sink));
    }
}
