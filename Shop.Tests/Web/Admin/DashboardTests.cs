using System.Globalization;
using AngleSharp.Html.Dom;
using Shop.Domain;
using Shop.Domain.Ordering;

namespace Shop.Tests.Web.Admin;

/// <summary>The dashboard's cards and chart, over a shop of its own whose every order the test placed.</summary>
public class DashboardTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task Cards_and_chart_count_payments_by_their_day_in_China()
    {
        var today = ChinaTime.DateOf(DateTime.UtcNow);
        var todayStart = ChinaTime.StartOf(today);
        var firstOfMonth = today.Day == 1;
        // Paid today, China time (each order is paid a minute after it is placed).
        await factory.AddGoodsOrderAsync(price: 100m, fee: 10m, createdAt: todayStart.AddMinutes(1), events: PaymentEvent.PaidIntoEscrow);
        await factory.AddGoodsOrderAsync(kind: OrderKind.Virtual, price: 50m, createdAt: todayStart.AddMinutes(1), events: PaymentEvent.Paid);
        await factory.AddDonationAsync(20m, paidAt: todayStart.AddMinutes(3));
        // Paid yesterday, China time, though on the same UTC day as today's first hours.
        await factory.AddGoodsOrderAsync(price: 100m, fee: 10m, createdAt: todayStart.AddMinutes(-2), events: PaymentEvent.Paid);
        await factory.AddDonationAsync(30m, paidAt: todayStart.AddMinutes(-1));
        // Long ago, refunded, or never paid: no money in the period.
        await factory.AddGoodsOrderAsync(createdAt: todayStart.AddDays(-40), events: PaymentEvent.Paid);
        await factory.AddGoodsOrderAsync(createdAt: todayStart.AddMinutes(1), events: [PaymentEvent.Paid, PaymentEvent.Closed]);
        await factory.AddGoodsOrderAsync(createdAt: todayStart.AddMinutes(1));
        await factory.AddGoodsOrderAsync(kind: OrderKind.Virtual, createdAt: todayStart.AddMinutes(1));
        await factory.AddGoodsOrderAsync(createdAt: todayStart.AddDays(-45), events: [PaymentEvent.Closed, PaymentEvent.Paid]);
        var admin = await factory.CreateAdminBrowserAsync();

        var page = await admin.GetHtmlAsync("/admin");

        Assert.Equal(160m, Amount(page, "data-sales-today"));
        Assert.Equal(firstOfMonth ? 160m : 270m, Amount(page, "data-sales-month"));
        Assert.Equal(20m, Amount(page, "data-donations-today"));
        Assert.Equal(firstOfMonth ? 20m : 50m, Amount(page, "data-donations-month"));
        Assert.Equal(3m, Amount(page, "data-waiting-for-shipment"));
        Assert.Equal(2m, Amount(page, "data-pending-payments"));
        Assert.Equal(1m, Amount(page, "data-needs-attention"));

        var chart = page.QuerySelector("[data-paid-amounts-chart]")!;
        Assert.Equal(30, chart.QuerySelectorAll("[data-bars] > [data-day]").Length);
        Assert.Equal(30, chart.QuerySelectorAll("[data-day-label]").Length);
        Assert.Equal(Day(today), chart.QuerySelectorAll("[data-bars] > [data-day]")[^1].GetAttribute("data-day"));
        Assert.Equal(("160.00", "20.00"), Bars(chart, today));
        Assert.Equal(("110.00", "30.00"), Bars(chart, today.AddDays(-1)));
        Assert.Equal(("0.00", "0.00"), Bars(chart, today.AddDays(-2)));
        Assert.Equal(30, chart.QuerySelectorAll("[data-paid-amounts-table] tbody tr").Length);
        Assert.Null(page.QuerySelector("script[src*='blazor']"));
    }

    private static (string? Goods, string? Donations) Bars(AngleSharp.Dom.IElement chart, DateOnly day)
    {
        var group = chart.QuerySelector($"[data-bars] > [data-day='{Day(day)}']")!;
        return (group.QuerySelector("[data-series=goods]")!.GetAttribute("data-amount"),
                group.QuerySelector("[data-series=donations]")!.GetAttribute("data-amount"));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal Amount(IHtmlDocument page, string attribute) =>
        decimal.Parse(page.QuerySelector($"[{attribute}]")!.GetAttribute(attribute)!, CultureInfo.InvariantCulture);
}
