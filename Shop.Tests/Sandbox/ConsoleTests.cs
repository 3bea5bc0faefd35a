using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Shop.AlipaySandbox;
using Shop.Domain;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Web;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Sandbox;

/// <summary>The sandbox console: what it shows, and the buyer's and Alipay's actions with the notifications they send.</summary>
public class ConsoleTests(SandboxWebApplicationFactory factory) : IClassFixture<SandboxWebApplicationFactory>
{
    private readonly SandboxBrowser _browser = SandboxBrowser.Open(factory);

    private IReadOnlyList<IReadOnlyDictionary<string, string>> Received(string sink) =>
        factory.Sink.ReceivedBy(sink).Select(n => n.Parameters(AlipayCharset.Utf8)).ToList();

    private Task UntilReceivedAsync(string sink, int count, string what) =>
        Eventually.Until(() => factory.Sink.ReceivedBy(sink).Count >= count, what);

    [Fact]
    public async Task The_console_lists_trades_newest_first()
    {
        var older = await _browser.SubmitAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser)));
        var newer = await _browser.SubmitAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDonateTradeP)));

        var html = await _browser.Client.GetStringAsync("/sandbox/alipay");

        Assert.True(html.IndexOf($"data-trade-no=\"{newer.TradeNo}\"", StringComparison.Ordinal) < html.IndexOf($"data-trade-no=\"{older.TradeNo}\"", StringComparison.Ordinal));
        Assert.Contains(AlipayServices.CreateDonateTradeP, html);
        Assert.Contains("WAIT_BUYER_PAY", html);
        Assert.Contains("¥50.00", html);
    }

    [Fact]
    public async Task The_consoles_language_links_switch_the_language_and_come_back_to_the_console()
    {
        var browser = factory.CreateBrowser();
        var console = await browser.GetHtmlAsync("/sandbox/alipay");
        Assert.Equal("zh-CN", console.DocumentElement.GetAttribute("lang"));

        var switched = await browser.GetAsync(console.QuerySelector("header a[data-culture='en']")!.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/sandbox/alipay", switched.RedirectPath());
        Assert.Equal("en", (await browser.GetHtmlAsync("/sandbox/alipay")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_trade_page_shows_each_notification_with_every_attempt()
    {
        var sink = NotifySink.NewName();
        factory.Sink.Answer(sink, "fail");
        var (tradeNo, _) = await _browser.PayAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser, NotifySink.UrlFor(sink))));
        await UntilReceivedAsync(sink, 2, "the second attempt");
        await Eventually.Until(
            async () => (await factory.NotificationsAsync(tradeNo)).Single().State == NotificationState.Acknowledged,
            "the notification to be acknowledged");

        var html = await _browser.Client.GetStringAsync($"/sandbox/alipay/trades/{tradeNo}");

        Assert.Contains("data-notification-state=\"Acknowledged\"", html);
        Assert.Contains("data-attempt=\"1\"", html);
        Assert.Contains("data-attempt=\"2\"", html);
        Assert.Contains("&quot;fail&quot;", html);
        Assert.Contains("&quot;success&quot;", html);
    }

    [Fact]
    public async Task A_price_change_before_payment_is_notified_with_is_total_fee_adjust_and_shown_at_the_cashier()
    {
        var sink = NotifySink.NewName();
        var request = PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreatePartnerTradeByBuyer, NotifySink.UrlFor(sink)));
        var cashier = await _browser.SubmitAsync(request);
        await UntilReceivedAsync(sink, 1, "the WAIT_BUYER_PAY notification");

        var changed = await _browser.Client.ActOnTradeAsync(cashier.TradeNo, "adjust-price", new() { ["totalFee"] = "88.00" });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        await UntilReceivedAsync(sink, 2, "the notification of the new price");
        Assert.Equal(("N", "109.90"), (Received(sink)[0]["is_total_fee_adjust"], Received(sink)[0]["total_fee"]));
        Assert.Equal(("WAIT_BUYER_PAY", "Y", "88.00"), (Received(sink)[1]["trade_status"], Received(sink)[1]["is_total_fee_adjust"], Received(sink)[1]["total_fee"]));

        var shownAgain = await _browser.SubmitAsync(request);
        Assert.Equal("88.00", shownAgain.Total);
        Assert.Contains("data-price-adjusted", shownAgain.Html);

        await _browser.PayAsync(shownAgain);
        await UntilReceivedAsync(sink, 3, "the payment notification");
        Assert.Equal(("WAIT_SELLER_SEND_GOODS", "Y", "88.00"), (Received(sink)[2]["trade_status"], Received(sink)[2]["is_total_fee_adjust"], Received(sink)[2]["total_fee"]));
        using var scope = factory.Services.CreateScope();
        var query = await scope.ServiceProvider.GetRequiredService<AlipayGatewayClient>()
            .QueryTradeAsync(new TradeQueryRequest(cashier.TradeNo, null), CancellationToken.None);
        Assert.Equal(true, query.Xml!.Trade!.IsTotalFeeAdjust);
        Assert.Equal(88.00m, query.Xml.Trade.TotalFee);
    }

    [Fact]
    public async Task An_instant_trade_s_price_change_is_not_notified_but_its_payment_carries_it()
    {
        var sink = NotifySink.NewName();
        var cashier = await _browser.SubmitAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser, NotifySink.UrlFor(sink))));

        await _browser.Client.ActOnTradeAsync(cashier.TradeNo, "adjust-price", new() { ["totalFee"] = "50.00" });
        await _browser.PayAsync(cashier);

        await UntilReceivedAsync(sink, 1, "the payment notification");
        Assert.Single(await factory.NotificationsAsync(cashier.TradeNo));
        Assert.Equal(("TRADE_SUCCESS", "Y", "50.00"), (Received(sink)[0]["trade_status"], Received(sink)[0]["is_total_fee_adjust"], Received(sink)[0]["total_fee"]));
    }

    [Fact]
    public async Task The_price_of_a_paid_trade_cannot_be_changed()
    {
        var (tradeNo, _) = await _browser.PayAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser)));

        var refused = await _browser.Client.ActOnTradeAsync(tradeNo, "adjust-price", new() { ["totalFee"] = "1.00" });

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("data-flash=\"warning\"", await _browser.Client.GetStringAsync(refused.RedirectPath()));
        Assert.Equal(99.90m, (await factory.TradeAsync(tradeNo)).TotalFee);
    }

    [Fact]
    public async Task A_partial_refund_keeps_the_status_and_the_rest_closes_the_trade()
    {
        var sink = NotifySink.NewName();
        var (tradeNo, _) = await _browser.PayAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser, NotifySink.UrlFor(sink))));

        await _browser.Client.ActOnTradeAsync(tradeNo, "refund", new() { ["amount"] = "30.00" });
        await UntilReceivedAsync(sink, 2, "the partial refund notification");
        var partial = Received(sink)[1];
        Assert.Equal(("TRADE_SUCCESS", "REFUND_SUCCESS"), (partial["trade_status"], partial["refund_status"]));
        Assert.True(ChinaTime.TryParse(partial["gmt_refund"], out _));
        Assert.Equal(30.00m, (await factory.TradeAsync(tradeNo)).RefundedAmount);

        await _browser.Client.ActOnTradeAsync(tradeNo, "refund", new() { ["amount"] = "69.90" });
        await UntilReceivedAsync(sink, 3, "the full refund notification");
        var full = Received(sink)[2];
        Assert.Equal(("TRADE_CLOSED", "REFUND_SUCCESS"), (full["trade_status"], full["refund_status"]));
        Assert.True(ChinaTime.TryParse(full["gmt_close"], out _));
        Assert.Equal(TradeStatus.TradeClosed, (await factory.TradeAsync(tradeNo)).Status);
    }

    [Fact]
    public async Task A_refund_of_a_finished_trade_keeps_it_finished()
    {
        var sink = NotifySink.NewName();
        var (tradeNo, _) = await _browser.PayAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDonateTradeP, NotifySink.UrlFor(sink))));

        await _browser.Client.ActOnTradeAsync(tradeNo, "refund", new() { ["amount"] = "10.00" });

        await UntilReceivedAsync(sink, 2, "the refund notification");
        Assert.Equal(("TRADE_FINISHED", "REFUND_SUCCESS"), (Received(sink)[1]["trade_status"], Received(sink)[1]["refund_status"]));
    }

    [Theory]
    [InlineData("100.00")]
    [InlineData("0")]
    [InlineData("ten")]
    public async Task A_refund_of_more_than_was_paid_or_of_no_amount_is_refused(string amount)
    {
        var (tradeNo, _) = await _browser.PayAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser)));

        var refused = await _browser.Client.ActOnTradeAsync(tradeNo, "refund", new() { ["amount"] = amount });

        Assert.Contains("data-flash=\"warning\"", await _browser.Client.GetStringAsync(refused.RedirectPath()));
        var trade = await factory.TradeAsync(tradeNo);
        Assert.Equal(0m, trade.RefundedAmount);
        Assert.Null(trade.RefundStatus);
    }

    [Fact]
    public async Task Closing_an_unpaid_escrow_trade_notifies_TRADE_CLOSED_and_an_instant_one_closes_silently()
    {
        var sink = NotifySink.NewName();
        var escrow = await _browser.SubmitAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.TradeCreateByBuyer, NotifySink.UrlFor(sink))));
        var instant = await _browser.SubmitAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDigitalGoodsTradeP, NotifySink.UrlFor(sink))));

        await _browser.Client.ActOnTradeAsync(escrow.TradeNo, "close");
        await _browser.Client.ActOnTradeAsync(instant.TradeNo, "close");

        await UntilReceivedAsync(sink, 2, "WAIT_BUYER_PAY and TRADE_CLOSED of the escrow trade");
        Assert.Equal(["WAIT_BUYER_PAY", "TRADE_CLOSED"], Received(sink).Select(n => n["trade_status"]));
        Assert.Empty(await factory.NotificationsAsync(instant.TradeNo));
        Assert.Equal(TradeStatus.TradeClosed, (await factory.TradeAsync(instant.TradeNo)).Status);
    }

    [Fact]
    public async Task Confirming_receipt_finishes_a_shipped_escrow_trade()
    {
        var sink = NotifySink.NewName();
        var (tradeNo, _) = await _browser.PayAsync(
            PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreatePartnerTradeByBuyer, NotifySink.UrlFor(sink))), "escrow");
        using (var scope = factory.Services.CreateScope())
        {
            var shipped = await scope.ServiceProvider.GetRequiredService<AlipayGatewayClient>()
                .SendGoodsAsync(new SendGoodsRequest(tradeNo, "EMS", AlipayLogisticsType.Ems), CancellationToken.None);
            Assert.True(shipped.IsSuccess);
        }

        await _browser.Client.ActOnTradeAsync(tradeNo, "finish");

        await UntilReceivedAsync(sink, 4, "the TRADE_FINISHED notification");
        Assert.Equal(
            ["WAIT_BUYER_PAY", "WAIT_SELLER_SEND_GOODS", "WAIT_BUYER_CONFIRM_GOODS", "TRADE_FINISHED"],
            Received(sink).Select(n => n["trade_status"]));
    }

    [Fact]
    public async Task Resending_sends_the_latest_notification_again_with_the_same_notify_id()
    {
        var sink = NotifySink.NewName();
        var (tradeNo, _) = await _browser.PayAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser, NotifySink.UrlFor(sink))));
        await UntilReceivedAsync(sink, 1, "the payment notification");

        await _browser.Client.ActOnTradeAsync(tradeNo, "resend");

        await UntilReceivedAsync(sink, 2, "the resent notification");
        Assert.Equal(Received(sink)[0], Received(sink)[1]);
        var notifications = await factory.NotificationsAsync(tradeNo);
        Assert.Equal([NotificationOrigin.Original, NotificationOrigin.Resend], notifications.Select(n => n.Origin));
    }

    [Fact]
    public async Task A_console_form_posted_without_its_anti_forgery_token_is_refused()
    {
        var cashier = await _browser.SubmitAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser)));

        var response = await _browser.Client.PostAsync($"/sandbox/alipay/trades/{cashier.TradeNo}/close", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(TradeStatus.WaitBuyerPay, (await factory.TradeAsync(cashier.TradeNo)).Status);
    }
}
