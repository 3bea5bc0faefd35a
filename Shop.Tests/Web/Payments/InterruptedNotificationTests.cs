using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Domain.Ordering;
using Shop.Tests.Web.Admin;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Payments;

/// <summary>
/// A notification stored on arrival whose processing never finished (the process was killed in
/// between) does not stay "received" for ever: past a grace period it shows as interrupted, and
/// Alipay's resend of it (same notify_id) is processed normally and marks it finished.
/// </summary>
public class InterruptedNotificationTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    /// <summary>What a crash between storing a notification and finishing it leaves: the row as stored on arrival.</summary>
    private async Task<long> StoredThenCutOffAsync(Dictionary<string, string> notification)
    {
        var row = new PaymentNotification
        {
            Channel = NotificationChannel.Notify,
            ReceivedAt = factory.Clock.GetUtcNow().UtcDateTime,
            Charset = "utf-8",
            Parameters = JsonSerializer.Serialize(notification),
            NotifyId = notification["notify_id"],
            OutTradeNo = notification["out_trade_no"],
            TradeNo = notification["trade_no"],
            TradeStatus = notification["trade_status"],
            Fingerprint = NotificationFingerprint.Of(notification),
            Outcome = NotificationOutcome.Received,
        };
        await factory.ChangeAsync(db =>
        {
            db.PaymentNotifications.Add(row);
            return Task.CompletedTask;
        });
        return row.Id;
    }

    private async Task RunHousekeepingAsync()
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<NotificationHousekeeping>().RunOnceAsync(CancellationToken.None);
    }

    private Task<PaymentNotification> RowAsync(long id) =>
        factory.QueryAsync(db => db.PaymentNotifications.SingleAsync(n => n.Id == id));

    [Fact]
    public async Task A_notification_cut_off_by_a_crash_shows_as_interrupted_and_alipays_resend_finishes_it()
    {
        var (number, _, notification) = await factory.PaidButNotNotifiedAsync();
        var cutOff = await StoredThenCutOffAsync(notification);

        await RunHousekeepingAsync();
        Assert.Equal(NotificationOutcome.Received, (await RowAsync(cutOff)).Outcome);

        factory.Clock.Advance(NotificationHousekeeping.InterruptedAfter + TimeSpan.FromMinutes(1));
        await RunHousekeepingAsync();
        Assert.Equal(NotificationOutcome.Interrupted, (await RowAsync(cutOff)).Outcome);
        var admin = await factory.CreateAdminBrowserAsync();
        var page = await admin.GetHtmlAsync($"/admin/orders/{number}");
        Assert.Equal("Interrupted", page.QuerySelector($"[data-notification='{cutOff}'] [data-outcome-badge]")!.TextContent.Trim());

        Assert.Equal((200, "success"), await factory.NotifyAsync(notification));

        Assert.Equal(OrderStatus.Completed, (await factory.OrderAsync(number)).Status);
        var finished = await RowAsync(cutOff);
        Assert.Equal(NotificationOutcome.Superseded, finished.Outcome);
        var resend = await factory.QueryAsync(db => db.PaymentNotifications.SingleAsync(n => n.OutTradeNo == number && n.Id != cutOff));
        Assert.Equal(NotificationOutcome.Applied, resend.Outcome);
        Assert.Contains(resend.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), finished.Detail);
    }

    [Fact]
    public async Task A_cut_off_notification_whose_resend_came_first_is_marked_finished_by_the_housekeeping()
    {
        var (number, _, notification) = await factory.PaidButNotNotifiedAsync();
        var cutOff = await StoredThenCutOffAsync(notification);
        Assert.Equal((200, "success"), await factory.NotifyAsync(notification));

        factory.Clock.Advance(NotificationHousekeeping.InterruptedAfter + TimeSpan.FromMinutes(1));
        await RunHousekeepingAsync();

        Assert.Equal(NotificationOutcome.Superseded, (await RowAsync(cutOff)).Outcome);
        Assert.Equal(OrderStatus.Completed, (await factory.OrderAsync(number)).Status);
    }
}
