using Microsoft.Extensions.DependencyInjection;
using Shop.AlipaySandbox;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Web;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Sandbox;

/// <summary>notify_verify: true for an id the sandbox gave this partner and still valid, false for any other, invalid for nonsense.</summary>
public class NotifyVerifyTests(SandboxWebApplicationFactory factory) : IClassFixture<SandboxWebApplicationFactory>
{
    private readonly SandboxBrowser _browser = SandboxBrowser.Open(factory);

    private Task<string> VerifyAsync(string? partner, string? encodedNotifyId)
    {
        var query = "service=notify_verify";
        if (partner is not null)
        {
            query += "&partner=" + partner;
        }

        if (encodedNotifyId is not null)
        {
            query += "&notify_id=" + encodedNotifyId;
        }

        return _browser.Client.GetStringAsync("/sandbox/alipay/gateway.do?" + query);
    }

    /// <summary>A paid trade: the notify_id of its return, and the trade number.</summary>
    private async Task<(string ReturnNotifyId, string TradeNo)> PayAsync(string? notifyUrl = null)
    {
        var (tradeNo, paid) = await _browser.PayAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser, notifyUrl)));
        return (AlipayFormEncoding.Parse(paid.Headers.Location!.Query, AlipayCharset.Utf8)["notify_id"], tradeNo);
    }

    [Fact]
    public async Task An_issued_notify_id_is_true()
    {
        var (notifyId, _) = await PayAsync();

        Assert.Equal("true", await VerifyAsync(TestMerchants.ShopPartner, Uri.EscapeDataString(notifyId)));
    }

    [Fact]
    public async Task The_shops_gateway_client_gets_true_for_an_issued_notify_id()
    {
        var (notifyId, _) = await PayAsync();
        using var scope = factory.Services.CreateScope();

        var answer = await scope.ServiceProvider.GetRequiredService<AlipayGatewayClient>()
            .CheckAsync(TestMerchants.ShopPartner, notifyId, CancellationToken.None);

        Assert.Equal(NotifyIdAnswer.True, answer);
    }

    [Fact]
    public async Task Every_notify_id_holds_an_encoded_slash_that_must_not_be_decoded_again()
    {
        var (notifyId, _) = await PayAsync();

        Assert.Contains("%2F", notifyId);
        var decodedTwice = Uri.UnescapeDataString(notifyId);
        Assert.Equal("false", await VerifyAsync(TestMerchants.ShopPartner, Uri.EscapeDataString(decodedTwice)));
    }

    [Fact]
    public async Task A_notify_id_percent_encoded_once_more_is_still_true()
    {
        var (notifyId, _) = await PayAsync();

        Assert.Equal("true", await VerifyAsync(TestMerchants.ShopPartner, Uri.EscapeDataString(Uri.EscapeDataString(notifyId))));
    }

    [Fact]
    public async Task A_POST_is_answered_like_a_GET()
    {
        var (notifyId, _) = await PayAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service"] = "notify_verify",
            ["partner"] = TestMerchants.ShopPartner,
            ["notify_id"] = notifyId,
        });

        var response = await _browser.Client.PostAsync("/sandbox/alipay/gateway.do", form);

        Assert.Equal("true", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_notify_id_is_false()
    {
        Assert.Equal("false", await VerifyAsync(TestMerchants.ShopPartner, Uri.EscapeDataString(IssuedNotifyId.NewValue())));
    }

    [Fact]
    public async Task Another_partners_notify_id_is_false()
    {
        var (notifyId, _) = await PayAsync();

        Assert.Equal("false", await VerifyAsync(TestMerchants.FinishingPartner, Uri.EscapeDataString(notifyId)));
    }

    [Fact]
    public async Task A_return_notify_id_past_its_lifetime_is_false()
    {
        var (notifyId, _) = await PayAsync();

        factory.Clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal("false", await VerifyAsync(TestMerchants.ShopPartner, Uri.EscapeDataString(notifyId)));
    }

    [Fact]
    public async Task A_notification_s_notify_id_stays_true_while_the_merchant_does_not_answer_success()
    {
        var sink = NotifySink.NewName();
        factory.Sink.Answer(sink, Enumerable.Repeat("fail", NotifySchedule.MaxAttempts).ToArray());
        var (_, tradeNo) = await PayAsync(NotifySink.UrlFor(sink));
        await Eventually.Until(
            async () => (await factory.NotificationsAsync(tradeNo)).Single().AttemptCount >= 2,
            "two failed attempts");
        var notifyId = factory.Sink.ReceivedBy(sink)[0].Parameters(AlipayCharset.Utf8)["notify_id"];

        Assert.Equal("true", await VerifyAsync(TestMerchants.ShopPartner, Uri.EscapeDataString(notifyId)));
    }

    [Fact]
    public async Task An_acknowledged_notify_id_is_false()
    {
        var sink = NotifySink.NewName();
        var (_, tradeNo) = await PayAsync(NotifySink.UrlFor(sink));
        await Eventually.Until(
            async () => (await factory.NotificationsAsync(tradeNo)).Single().State == NotificationState.Acknowledged,
            "the notification to be answered success");
        var notifyId = factory.Sink.ReceivedBy(sink)[0].Parameters(AlipayCharset.Utf8)["notify_id"];

        Assert.Equal("false", await VerifyAsync(TestMerchants.ShopPartner, Uri.EscapeDataString(notifyId)));
    }

    [Theory]
    [InlineData(null, "abc")]
    [InlineData("seller%40shop.local", "abc")]
    [InlineData("2088101122136241", null)]
    [InlineData("2088101122136241", "")]
    [InlineData("2088101122136241", "abc%20def")]
    public async Task A_missing_or_malformed_partner_or_notify_id_is_invalid(string? partner, string? notifyId)
    {
        Assert.Equal("invalid", await VerifyAsync(partner, notifyId));
    }
}
