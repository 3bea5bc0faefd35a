using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Web.Storefront;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Payments;

/// <summary>
/// A copy of a notification already applied is cheap (docs/alipay-protocol.md §4): one indexed read
/// and one insert, counted in the SQL the request ran, and stored as the duplicate it is. The first
/// arrival writes its notification twice: stored on arrival, then finished by the save that applies it.
/// </summary>
public class NotificationCopyCostTests(SqlRecordingShopFactory factory) : IClassFixture<SqlRecordingShopFactory>
{
    private const string NotifyPath = "/payments/alipay/notify";

    [Fact]
    public async Task A_copy_of_an_applied_notification_costs_one_read_and_one_insert()
    {
        var (number, _, notification) = await factory.PaidButNotNotifiedAsync();
        Assert.Equal("success", await NotifyAsync(notification));

        factory.Log.Clear();
        Assert.Equal("success", await NotifyAsync(notification));

        var commands = factory.Log.For(NotifyPath);
        Assert.Equal(2, commands.Count);
        Assert.StartsWith("SELECT", commands[0].TrimStart(), StringComparison.Ordinal);
        Assert.StartsWith("INSERT INTO \"PaymentNotifications\"", commands[1].TrimStart(), StringComparison.Ordinal);
        var stored = await factory.QueryAsync(db => db.PaymentNotifications
            .Where(n => n.OutTradeNo == number && n.Channel == NotificationChannel.Notify).OrderBy(n => n.Id).ToListAsync());
        Assert.Equal([NotificationOutcome.Applied, NotificationOutcome.Duplicate], stored.Select(n => n.Outcome));
        Assert.Equal(stored[0].OrderId, stored[1].OrderId);
        Assert.NotNull(stored[1].ProcessedAt);
    }

    [Fact]
    public async Task A_first_notification_is_stored_on_arrival_and_finished_by_the_save_that_applies_it()
    {
        var (number, _, notification) = await factory.PaidButNotNotifiedAsync();

        factory.Log.Clear();
        Assert.Equal("success", await NotifyAsync(notification));

        var sql = string.Join("\n", factory.Log.For(NotifyPath));
        Assert.Equal(1, Occurrences(sql, "INSERT INTO \"PaymentNotifications\""));
        Assert.Equal(1, Occurrences(sql, "UPDATE \"PaymentNotifications\""));
        var stored = await factory.QueryAsync(db => db.PaymentNotifications.SingleAsync(n => n.OutTradeNo == number && n.Channel == NotificationChannel.Notify));
        Assert.Equal(NotificationOutcome.Applied, stored.Outcome);
        Assert.NotNull(stored.OrderId);
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private async Task<string> NotifyAsync(IReadOnlyDictionary<string, string> parameters)
    {
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes(AlipayFormEncoding.EncodeForm(parameters, AlipayCharset.Utf8)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = AlipayCharset.Utf8.Name };
        using var response = await factory.CreateClient().PostAsync(NotifyPath, content);
        return await response.Content.ReadAsStringAsync();
    }
}
