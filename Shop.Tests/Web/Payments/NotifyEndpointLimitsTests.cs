using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Tests.Web.Admin;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Payments;

/// <summary>A shop that keeps at most three rejected requests.</summary>
public class FewRejectedRequestsFactory : ShopWebApplicationFactory
{
    public const int MaxRows = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Alipay:RejectedNotificationMaxRows", MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// notify_url and return_url tried as an attacker would: what is too large is refused before it is
/// read, what is malformed or not signed with the shop's key is kept only as bounded evidence, apart
/// from the orders' notifications, and that evidence is itself bounded in number and in age.
/// </summary>
public class NotifyEndpointLimitsTests(FewRejectedRequestsFactory factory) : IClassFixture<FewRejectedRequestsFactory>
{
    private Task<RejectedNotification> NewestRejectedAsync() =>
        factory.QueryAsync(db => db.RejectedNotifications.OrderByDescending(r => r.Id).FirstAsync());

    private Task<int> StoredNotificationsAsync() =>
        factory.QueryAsync(db => db.PaymentNotifications.CountAsync());

    private static string Forged(string orderNumber, string marker = "x") =>
        $"notify_id=forged&out_trade_no={orderNumber}&trade_status=TRADE_SUCCESS&total_fee=0.01&marker={marker}&sign=0123456789abcdef0123456789abcdef&sign_type=MD5";

    [Fact]
    public async Task An_unsigned_20_MB_post_is_refused_413_fail_unread_and_kept_as_one_small_row()
    {
        var before = await StoredNotificationsAsync();
        var body = Encoding.ASCII.GetBytes(Forged("20260101000000000001") + "&junk=" + new string('a', 20 * 1024 * 1024));

        var answer = await factory.PostNotifyAsync(body);

        Assert.Equal((413, "fail"), answer);
        Assert.Equal(before, await StoredNotificationsAsync());
        var rejected = await NewestRejectedAsync();
        Assert.Equal((NotificationChannel.Notify, RejectionReason.TooLarge), (rejected.Channel, rejected.Reason));
        Assert.Equal(body.Length, rejected.ByteCount);
        Assert.Equal("", rejected.RawText);
        Assert.Null(rejected.ParameterCount);
    }

    [Fact]
    public async Task A_thousand_repeats_of_one_name_are_answered_fail_and_kept_as_evidence_only()
    {
        var before = await StoredNotificationsAsync();
        var body = Encoding.ASCII.GetBytes(string.Join('&', Enumerable.Repeat("a=" + new string('b', 40), 1000)));

        Assert.Equal((200, "fail"), await factory.PostNotifyAsync(body));

        Assert.Equal(before, await StoredNotificationsAsync());
        var rejected = await NewestRejectedAsync();
        Assert.Equal(RejectionReason.RepeatedName, rejected.Reason);
        Assert.Equal(1000, rejected.ParameterCount);
        Assert.Equal(body.Length, rejected.ByteCount);
        Assert.Equal(RejectedNotification.RawTextMaxLength, rejected.RawText.Length);
        Assert.Contains("'a'", rejected.Detail);
    }

    [Fact]
    public async Task More_parameters_than_any_notification_has_are_answered_fail()
    {
        var body = Encoding.ASCII.GetBytes(string.Join('&', Enumerable.Range(0, 101).Select(i => $"p{i}=v")));

        Assert.Equal((200, "fail"), await factory.PostNotifyAsync(body));

        var rejected = await NewestRejectedAsync();
        Assert.Equal((RejectionReason.TooManyParameters, 101), (rejected.Reason, rejected.ParameterCount));
    }

    [Fact]
    public async Task Only_the_newest_rejected_requests_are_kept_up_to_the_configured_number()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal((200, "fail"), await factory.PostNotifyAsync(Encoding.ASCII.GetBytes(Forged("20260101000000000003", "m" + i))));
        }

        var kept = await factory.QueryAsync(db => db.RejectedNotifications.OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(FewRejectedRequestsFactory.MaxRows, kept.Count);
        Assert.Equal(["marker=m2", "marker=m3", "marker=m4"], kept.Select(r => r.RawText.Split('&').Single(p => p.StartsWith("marker=", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Rejected_requests_older_than_the_retention_period_are_purged_by_the_housekeeping()
    {
        await factory.PostNotifyAsync(Encoding.ASCII.GetBytes(Forged("20260101000000000004", "old")));
        factory.Clock.Advance(TimeSpan.FromDays(31));
        await factory.PostNotifyAsync(Encoding.ASCII.GetBytes(Forged("20260101000000000004", "new")));

        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationHousekeeping>().RunOnceAsync(CancellationToken.None);
        }

        var kept = await factory.QueryAsync(db => db.RejectedNotifications.Where(r => r.OutTradeNo == "20260101000000000004").ToListAsync());
        Assert.Contains("marker=new", Assert.Single(kept).RawText);
    }

    [Fact]
    public async Task A_return_with_a_query_string_over_64_KB_is_refused()
    {
        var response = await factory.CreateBrowser().GetAsync(AlipayOptions.ReturnPath + "?out_trade_no=1&junk=" + new string('a', 70 * 1024));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        var rejected = await NewestRejectedAsync();
        Assert.Equal((NotificationChannel.Return, RejectionReason.TooLarge), (rejected.Channel, rejected.Reason));
    }

    [Fact]
    public async Task A_return_that_names_a_parameter_twice_is_refused_with_a_page_and_changes_nothing()
    {
        var response = await factory.CreateBrowser().GetAsync(AlipayOptions.ReturnPath + "?out_trade_no=20260101000000000005&is_success=T&is_success=F");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync());
        var rejected = await NewestRejectedAsync();
        Assert.Equal((NotificationChannel.Return, RejectionReason.RepeatedName), (rejected.Channel, rejected.Reason));
    }

    [Fact]
    public async Task The_admin_sees_forged_requests_in_their_own_list_never_among_the_orders_notifications()
    {
        var product = await factory.AddProductAsync(price: 20m, delivery: VirtualDelivery.File);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();
        await factory.PostNotifyAsync(Encoding.ASCII.GetBytes(Forged(number, "forged-for-admin")));
        var admin = await factory.CreateAdminBrowserAsync();

        var orderPage = await admin.GetHtmlAsync($"/admin/orders/{number}");
        Assert.Empty(orderPage.QuerySelectorAll("[data-notification]"));
        Assert.NotNull(orderPage.QuerySelector("[data-no-notifications]"));
        Assert.Equal("1", orderPage.QuerySelector("[data-rejected-requests]")!.GetAttribute("data-rejected-requests"));
        var link = orderPage.QuerySelector("[data-rejected-link]")!.GetAttribute("href")!;

        var list = await admin.GetHtmlAsync(link);
        var row = Assert.Single(list.QuerySelectorAll("[data-rejected]"));
        Assert.Equal(nameof(RejectionReason.BadSignature), row.GetAttribute("data-reason"));
        Assert.Equal(number, row.QuerySelector("[data-claimed-order]")!.TextContent);
        Assert.Contains("marker=forged-for-admin", row.QuerySelector("[data-raw-text]")!.TextContent);
        Assert.Equal(OrderStatus.PendingPayment, (await factory.OrderAsync(number)).Status);
    }
}
