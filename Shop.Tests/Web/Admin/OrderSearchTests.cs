using AngleSharp.Html.Dom;
using Shop.Domain.Ordering;

namespace Shop.Tests.Web.Admin;

/// <summary>The admin's order list: search, each filter, the quick filters, sorting and paging.</summary>
public class OrderSearchTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private static string Token() => "T" + Guid.NewGuid().ToString("N")[..10];

    private async Task<List<string>> ListedAsync(string query)
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var page = await browser.GetHtmlAsync("/admin/orders" + query);
        return Numbers(page);
    }

    private static List<string> Numbers(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-order-row]").Select(row => row.GetAttribute("data-order-row")!).ToList();

    [Fact]
    public async Task Search_finds_an_order_by_its_number_the_buyer_email_the_receiver_or_the_trade_number()
    {
        var token = Token();
        var byReceiver = await factory.AddGoodsOrderAsync(receiver: "王五" + token);
        var byEmail = await factory.AddGoodsOrderAsync(email: $"{token}@example.com");
        var paid = await factory.AddGoodsOrderAsync(events: PaymentEvent.PaidIntoEscrow);
        var other = await factory.AddGoodsOrderAsync();

        Assert.Equal([byReceiver.Number], await ListedAsync("?q=" + Uri.EscapeDataString("王五" + token)));
        Assert.Equal([byEmail.Number], await ListedAsync("?q=" + token.ToLowerInvariant() + "%40example"));
        Assert.Equal([paid.Number], await ListedAsync("?q=" + paid.AlipayTradeNo));
        Assert.Equal([other.Number], await ListedAsync("?q=" + other.Number));
        Assert.Empty(await ListedAsync("?q=" + Token()));
    }

    [Fact]
    public async Task A_percent_sign_or_underscore_in_the_search_is_matched_as_typed()
    {
        var token = Token();
        var literal = await factory.AddGoodsOrderAsync(receiver: token + "_%");
        await factory.AddGoodsOrderAsync(receiver: token + "ab");

        Assert.Equal([literal.Number], await ListedAsync("?q=" + Uri.EscapeDataString(token + "_%")));
    }

    [Fact]
    public async Task The_status_filter_shows_only_orders_in_that_status()
    {
        var token = Token();
        var unpaid = await factory.AddGoodsOrderAsync(receiver: token);
        var waiting = await factory.AddGoodsOrderAsync(receiver: token, events: PaymentEvent.PaidIntoEscrow);
        var closed = await factory.AddGoodsOrderAsync(receiver: token, events: PaymentEvent.Closed);
        var refunded = await factory.AddGoodsOrderAsync(receiver: token, events: [PaymentEvent.Paid, PaymentEvent.Closed]);

        Assert.Equal([unpaid.Number], await ListedAsync($"?q={token}&status=PendingPayment"));
        Assert.Equal([waiting.Number], await ListedAsync($"?q={token}&status=AwaitingShipment"));
        Assert.Equal([closed.Number], await ListedAsync($"?q={token}&status=Closed"));
        Assert.Equal([refunded.Number], await ListedAsync($"?q={token}&status=refunded"));
        Assert.Equal(4, (await ListedAsync($"?q={token}&status=Nonsense")).Count);
    }

    [Fact]
    public async Task The_kind_filter_tells_physical_virtual_and_donations_apart()
    {
        var physical = await factory.AddGoodsOrderAsync();
        var code = await factory.AddGoodsOrderAsync(kind: OrderKind.Virtual);
        var donation = await factory.AddDonationAsync(12.34m);

        var physicals = await ListedAsync("?kind=physical");
        var virtuals = await ListedAsync("?kind=virtual");
        var donations = await ListedAsync("?kind=donation");

        Assert.Contains(physical.Number, physicals);
        Assert.DoesNotContain(code.Number, physicals);
        Assert.DoesNotContain(donation.Number, physicals);
        Assert.Contains(code.Number, virtuals);
        Assert.DoesNotContain(physical.Number, virtuals);
        Assert.Contains(donation.Number, donations);
        Assert.DoesNotContain(code.Number, donations);
    }

    [Fact]
    public async Task The_date_range_takes_whole_days_in_China()
    {
        var token = Token();
        // 2020-03-01 in China runs from 2020-02-29 16:00 to 2020-03-01 16:00 UTC.
        var lastMinuteBefore = await factory.AddGoodsOrderAsync(receiver: token, createdAt: Utc(2020, 2, 29, 15, 59));
        var firstMinute = await factory.AddGoodsOrderAsync(receiver: token, createdAt: Utc(2020, 2, 29, 16, 0));
        var lastMinute = await factory.AddGoodsOrderAsync(receiver: token, createdAt: Utc(2020, 3, 1, 15, 59));
        var nextDay = await factory.AddGoodsOrderAsync(receiver: token, createdAt: Utc(2020, 3, 1, 16, 0));

        Assert.Equal([lastMinute.Number, firstMinute.Number], await ListedAsync($"?q={token}&from=2020-03-01&to=2020-03-01"));
        Assert.Equal([nextDay.Number, lastMinute.Number, firstMinute.Number], await ListedAsync($"?q={token}&from=2020-03-01"));
        Assert.Equal([lastMinute.Number, firstMinute.Number, lastMinuteBefore.Number], await ListedAsync($"?q={token}&to=2020-03-01"));
    }

    [Fact]
    public async Task Orders_sort_newest_first_oldest_first_or_by_highest_total()
    {
        var token = Token();
        var old = await factory.AddGoodsOrderAsync(receiver: token, price: 50m, createdAt: DateTime.UtcNow.AddDays(-3));
        var middle = await factory.AddGoodsOrderAsync(receiver: token, price: 300m, fee: 0m, createdAt: DateTime.UtcNow.AddDays(-2));
        // The logistics fee the buyer pays counts: 295 + 10 is more than 300 with free shipping.
        var recent = await factory.AddGoodsOrderAsync(receiver: token, price: 295m, fee: 10m, createdAt: DateTime.UtcNow.AddDays(-1));

        Assert.Equal([recent.Number, middle.Number, old.Number], await ListedAsync($"?q={token}"));
        Assert.Equal([old.Number, middle.Number, recent.Number], await ListedAsync($"?q={token}&sort=oldest"));
        Assert.Equal([recent.Number, middle.Number, old.Number], await ListedAsync($"?q={token}&sort=total"));
    }

    [Fact]
    public async Task A_long_list_is_paged_and_the_pages_keep_the_filters()
    {
        var token = Token();
        for (var i = 0; i < 27; i++)
        {
            await factory.AddGoodsOrderAsync(receiver: token, createdAt: DateTime.UtcNow.AddMinutes(-i));
        }
        var browser = await factory.CreateAdminBrowserAsync();

        var first = await browser.GetHtmlAsync($"/admin/orders?q={token}&sort=oldest");
        var second = await browser.GetHtmlAsync($"/admin/orders?q={token}&sort=oldest&page=2");

        Assert.Equal("27", first.QuerySelector("[data-total-count]")!.GetAttribute("data-total-count"));
        Assert.Equal(25, Numbers(first).Count);
        Assert.Equal(2, Numbers(second).Count);
        Assert.Empty(Numbers(first).Intersect(Numbers(second)));
        Assert.Equal($"/admin/orders?q={token}&sort=oldest&page=2", first.QuerySelector("a.page-link[data-page='2']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Orders_waiting_for_shipment_stand_out_and_have_a_quick_filter()
    {
        var token = Token();
        var waiting = await factory.AddGoodsOrderAsync(receiver: token, events: PaymentEvent.PaidIntoEscrow);
        var unpaid = await factory.AddGoodsOrderAsync(receiver: token);
        var browser = await factory.CreateAdminBrowserAsync();

        var list = await browser.GetHtmlAsync($"/admin/orders?q={token}");
        var quick = list.QuerySelector("[data-quick-filter=waiting]")!;
        var filtered = await browser.GetHtmlAsync(quick.GetAttribute("href")!);

        Assert.NotNull(list.QuerySelector($"[data-order-row='{waiting.Number}'][data-waiting-for-shipment=true] [data-ship-now]"));
        Assert.Null(list.QuerySelector($"[data-order-row='{unpaid.Number}'][data-waiting-for-shipment=true]"));
        Assert.Equal("/admin/orders?status=AwaitingShipment", quick.GetAttribute("href"));
        Assert.Contains(waiting.Number, Numbers(filtered));
        Assert.DoesNotContain(unpaid.Number, Numbers(filtered));
        Assert.All(filtered.QuerySelectorAll("[data-order-row]"), row => Assert.Equal("true", row.GetAttribute("data-waiting-for-shipment")));
    }

    [Fact]
    public async Task An_order_paid_after_it_had_closed_is_flagged_as_needing_attention()
    {
        var late = await factory.AddGoodsOrderAsync(events: [PaymentEvent.Closed, PaymentEvent.Paid]);
        var fine = await factory.AddGoodsOrderAsync(events: PaymentEvent.Paid);
        var browser = await factory.CreateAdminBrowserAsync();

        var attention = await browser.GetHtmlAsync("/admin/orders?attention=yes");
        var page = await browser.GetHtmlAsync($"/admin/orders/{late.Number}");

        Assert.True(late.PaidAfterClosing);
        Assert.Contains(late.Number, Numbers(attention));
        Assert.DoesNotContain(fine.Number, Numbers(attention));
        Assert.NotNull(attention.QuerySelector($"[data-order-row='{late.Number}'][data-needs-attention=true]"));
        Assert.NotNull(page.QuerySelector("[data-paid-after-closing]"));
    }

    [Fact]
    public async Task Nothing_found_says_so_with_a_way_back_to_every_order()
    {
        var page = await (await factory.CreateAdminBrowserAsync()).GetHtmlAsync("/admin/orders?q=" + Token());

        Assert.NotNull(page.QuerySelector("[data-empty-state] a[href='/admin/orders']"));
        Assert.Equal("0", page.QuerySelector("[data-total-count]")!.GetAttribute("data-total-count"));
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
