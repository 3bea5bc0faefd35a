using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Ordering;

namespace Shop.Tests.Web.Admin;

/// <summary>The admin's donation list: every gift, what came in per day and in all, and hiding a message from the public page.</summary>
public class DonationAdminTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private static string Token() => Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task The_list_shows_donor_amount_message_status_and_date_and_marks_anonymous_donors()
    {
        var token = Token();
        var named = await factory.AddDonationAsync(88.80m, donorName: "李四" + token, message: "加油！", paidAt: DateTime.UtcNow);
        var anonymous = await factory.AddDonationAsync(50m, donorName: "王五" + token, anonymous: true, paidAt: DateTime.UtcNow);
        var unpaid = await factory.AddDonationAsync(10m, donorName: "赵六" + token);
        var admin = await factory.CreateAdminBrowserAsync();

        var page = await admin.GetHtmlAsync("/admin/donations");

        var namedRow = page.QuerySelector($"[data-donation='{named.Number}']")!;
        Assert.Equal("李四" + token, namedRow.QuerySelector("[data-donor-name]")!.TextContent);
        Assert.Equal("88.80", namedRow.QuerySelector("[data-amount]")!.GetAttribute("data-amount"));
        Assert.Equal("加油！", namedRow.QuerySelector("[data-message]")!.TextContent);
        Assert.Equal("Completed", namedRow.QuerySelector("[data-order-status]")!.GetAttribute("data-order-status"));
        Assert.Contains(ChinaTime.FormatToMinute(named.PaidAt!.Value), namedRow.TextContent);
        var anonymousRow = page.QuerySelector($"[data-donation='{anonymous.Number}']")!;
        Assert.NotNull(anonymousRow.QuerySelector("[data-anonymous]"));
        Assert.Null(anonymousRow.QuerySelector("[data-donor-name]"));
        Assert.Equal("PendingPayment", page.QuerySelector($"[data-donation='{unpaid.Number}'] [data-order-status]")!.GetAttribute("data-order-status"));
    }

    [Fact]
    public async Task Totals_count_paid_gifts_only_per_day_in_China_and_overall()
    {
        var admin = await factory.CreateAdminBrowserAsync();
        var before = await admin.GetHtmlAsync("/admin/donations");
        var day = ChinaTime.DateOf(DateTime.UtcNow).AddDays(-3);
        var dayStart = ChinaTime.StartOf(day);
        // Both in the same day in China, though on two different days in UTC.
        await factory.AddDonationAsync(10m, paidAt: dayStart.AddMinutes(5));
        await factory.AddDonationAsync(5.50m, paidAt: dayStart.AddHours(24).AddMinutes(-5));
        await factory.AddDonationAsync(20m, paidAt: dayStart.AddMinutes(-1));
        await factory.AddDonationAsync(1000m, createdAt: dayStart.AddHours(1));
        var refunded = await factory.AddDonationAsync(300m, paidAt: dayStart.AddHours(2));
        await factory.ChangeAsync(async db => (await db.Orders.SingleAsync(o => o.Number == refunded.Number))
            .ApplyPayment(PaymentEvent.Closed, new PaymentReport("TRADE_CLOSED"), DateTime.UtcNow, null));

        var after = await admin.GetHtmlAsync("/admin/donations");

        var dayRow = after.QuerySelector($"[data-donation-days] [data-day='{Day(day)}']")!;
        Assert.Equal(("15.50", "2"), (dayRow.GetAttribute("data-amount"), dayRow.GetAttribute("data-count")));
        var dayBefore = after.QuerySelector($"[data-donation-days] [data-day='{Day(day.AddDays(-1))}']")!;
        Assert.Equal(("20.00", "1"), (dayBefore.GetAttribute("data-amount"), dayBefore.GetAttribute("data-count")));
        Assert.Equal(Amount(before, "data-total-received") + 35.50m, Amount(after, "data-total-received"));
        Assert.Equal(Amount(before, "data-received-count") + 3, Amount(after, "data-received-count"));
    }

    [Fact]
    public async Task A_hidden_message_leaves_the_public_donation_page_and_comes_back_when_shown_again()
    {
        var message = "不当言论 " + Token();
        var donation = await factory.AddDonationAsync(66m, message: message, paidAt: DateTime.UtcNow);
        var visitor = factory.CreateBrowser();
        var admin = await factory.CreateAdminBrowserAsync();
        Assert.Contains(message, await visitor.GetStringAsync("/donate"));

        var hidden = await admin.SubmitFormAsync("/admin/donations", [], action: $"/admin/donations/{donation.Number}/hide-message");

        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.Equal("/admin/donations", hidden.RedirectPath());
        Assert.DoesNotContain(message, await visitor.GetStringAsync("/donate"));
        var list = await admin.GetHtmlAsync("/admin/donations");
        Assert.Equal("true", list.QuerySelector($"[data-donation='{donation.Number}'] [data-message]")!.GetAttribute("data-message-hidden"));
        Assert.NotNull(list.QuerySelector($"[data-donation='{donation.Number}'] [data-show-message]"));

        await admin.SubmitFormAsync("/admin/donations", [], action: $"/admin/donations/{donation.Number}/show-message");

        Assert.Contains(message, await visitor.GetStringAsync("/donate"));
    }

    [Fact]
    public async Task A_goods_order_is_not_a_donation_to_hide()
    {
        var order = await factory.AddGoodsOrderAsync();
        var admin = await factory.CreateAdminBrowserAsync();

        var response = await admin.SubmitFormAsync("/admin/donations", [], action: $"/admin/donations/{order.Number}/hide-message");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal Amount(AngleSharp.Html.Dom.IHtmlDocument page, string attribute) =>
        decimal.Parse(page.QuerySelector($"[{attribute}]")!.GetAttribute(attribute)!, CultureInfo.InvariantCulture);
}
