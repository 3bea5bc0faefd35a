using Shop.AlipaySandbox;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Web;

namespace Shop.Tests.Sandbox;

/// <summary>
/// A notification is sent again until the answer is exactly "success", on Alipay's schedule
/// (2m, 10m, 10m, ...), which the test host runs a thousand times faster.
/// </summary>
public class NotifyRetryTests(SandboxWebApplicationFactory factory) : IClassFixture<SandboxWebApplicationFactory>
{
    private const double Scale = 0.001;

    private readonly SandboxBrowser _browser = SandboxBrowser.Open(factory);

    private async Task<string> PayAsync(string notifyUrl)
    {
        var (tradeNo, _) = await _browser.PayAsync(PaymentRequests.Signed(PaymentRequests.For(AlipayServices.CreateDirectPayByUser, notifyUrl)));
        return tradeNo;
    }

    [Fact]
    public async Task Only_a_bare_success_ends_the_resends_and_the_gaps_follow_the_schedule()
    {
        var sink = NotifySink.NewName();
        factory.Sink.Answer(sink, "fail", "", "success ", "success");

        var tradeNo = await PayAsync(NotifySink.UrlFor(sink));

        await Eventually.Until(
            async () => (await factory.NotificationsAsync(tradeNo)).Single().State == NotificationState.Acknowledged,
            "the notification to be acknowledged");
        var attempts = (await factory.NotificationsAsync(tradeNo)).Single().Attempts.OrderBy(a => a.Id).ToList();
        Assert.Equal(["fail", "", "success ", "success"], attempts.Select(a => a.Body));
        Assert.Equal([false, false, false, true], attempts.Select(a => a.Succeeded));
        Assert.All(attempts, a => Assert.Equal(200, a.StatusCode));
        TimeSpan[] scheduled = [TimeSpan.FromMinutes(2) * Scale, TimeSpan.FromMinutes(10) * Scale, TimeSpan.FromMinutes(10) * Scale];
        for (var i = 0; i < scheduled.Length; i++)
        {
            var gap = attempts[i + 1].AttemptedAt - attempts[i].AttemptedAt;
            Assert.True(gap >= scheduled[i], $"Attempt {i + 2} came {gap.TotalMilliseconds} ms after attempt {i + 1}, before the scheduled {scheduled[i].TotalMilliseconds} ms.");
        }

        var received = factory.Sink.ReceivedBy(sink);
        Assert.Equal(4, received.Count);
        Assert.All(received, r => Assert.Equal(received[0].Body, r.Body));
    }

    [Theory]
    [InlineData("SUCCESS")]
    [InlineData("success\n")]
    [InlineData("\uFEFFsuccess")]
    [InlineData("<html><body>success</body></html>")]
    public async Task An_answer_that_is_not_exactly_success_is_sent_again(string answer)
    {
        var sink = NotifySink.NewName();
        factory.Sink.Answer(sink, answer);

        var tradeNo = await PayAsync(NotifySink.UrlFor(sink));

        await Eventually.Until(
            async () => (await factory.NotificationsAsync(tradeNo)).Single().State == NotificationState.Acknowledged,
            "the second attempt to be acknowledged");
        Assert.Equal(2, factory.Sink.ReceivedBy(sink).Count);
    }

    [Fact]
    public async Task An_error_status_from_the_notify_url_is_recorded_and_is_not_success()
    {
        var tradeNo = await PayAsync("http://localhost/payments/no-such-notify-endpoint");

        await Eventually.Until(
            async () => (await factory.NotificationsAsync(tradeNo)).Single().AttemptCount >= 1,
            "the first attempt");

        var attempt = (await factory.NotificationsAsync(tradeNo)).Single().Attempts.First();
        Assert.NotNull(attempt.StatusCode);
        Assert.NotEqual(200, attempt.StatusCode);
        Assert.False(attempt.Succeeded);
        Assert.Equal(NotificationState.Pending, (await factory.NotificationsAsync(tradeNo)).Single().State);
    }

    [Fact]
    public async Task After_eight_failed_attempts_the_sandbox_gives_up()
    {
        var sink = NotifySink.NewName();
        factory.Sink.Answer(sink, Enumerable.Repeat("fail", NotifySchedule.MaxAttempts + 1).ToArray());

        var tradeNo = await PayAsync(NotifySink.UrlFor(sink));

        // Alipay's 25 hours without waiting for them: once each attempt is stored with its next
        // time, the clock jumps past the longest scaled wait (15h × 0.001 = 54 s). The short early
        // waits may also pass by themselves, so an attempt can already be stored before its turn.
        for (var attempt = 1; attempt <= NotifySchedule.MaxAttempts; attempt++)
        {
            await Eventually.Until(
                async () => (await factory.NotificationsAsync(tradeNo)).Single().AttemptCount >= attempt,
                $"attempt {attempt} to be stored");
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await Eventually.Until(
            async () => (await factory.NotificationsAsync(tradeNo)).Single().State == NotificationState.GaveUp,
            "the sandbox to give up");
        var notification = (await factory.NotificationsAsync(tradeNo)).Single();
        Assert.Equal(NotifySchedule.MaxAttempts, notification.Attempts.Count);
        Assert.Null(notification.NextAttemptAt);
        Assert.Equal(NotifySchedule.MaxAttempts, factory.Sink.ReceivedBy(sink).Count);
    }
}
