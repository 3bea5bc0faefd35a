using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Shop.AlipaySandbox;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Sandbox;
using Shop.Tests.Web.Admin;
using Shop.Tests.Web.Payments;
using Shop.Web.Data;
using Shop.Web.Features.Instances;
using Shop.Web.Features.Mail;
using Shop.Web.Features.Orders;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Instances;

/// <summary>
/// Two shop instances on one PostgreSQL database, requests alternating between them (README:
/// Running several instances). Runs in test.sh's PostgreSQL pass, and fails, rather than skips,
/// anywhere else.
/// </summary>
public sealed class PostgresInstances : IDisposable
{
    public PostgresInstances()
    {
        if (TestDatabase.RunProvider != DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException(
                "The two-instance tests need PostgreSQL: run them with SHOP_TEST_DATABASE=Postgres and SHOP_TEST_POSTGRES (test.sh's PostgreSQL pass does).");
        }
        First = new PostgresInstanceFactory(Gateway, "shop-a");
        _ = First.Server;
        Second = new PostgresInstanceFactory(Gateway, "shop-b", First);
        _ = Second.Server;
    }

    public GatewayCalls Gateway { get; } = new();

    public PostgresInstanceFactory First { get; }

    public PostgresInstanceFactory Second { get; }

    public void Dispose()
    {
        Second.Dispose();
        First.Dispose();
    }
}

[Trait("Database", "PostgresOnly")]
public sealed class TwoInstancesOnPostgresTests(PostgresInstances instances) : IClassFixture<PostgresInstances>
{
    private readonly PostgresInstanceFactory _a = instances.First;
    private readonly PostgresInstanceFactory _b = instances.Second;

    private Task<int> StockAsync(int productId) =>
        _a.QueryAsync(db => db.Products.Where(p => p.Id == productId).Select(p => p.Stock).SingleAsync());

    [Fact]
    public async Task Each_instance_says_who_it_is_on_health_and_a_signal_published_on_one_reaches_the_other()
    {
        foreach (var (shop, name) in new[] { (_a, "shop-a"), (_b, "shop-b") })
        {
            using var health = JsonDocument.Parse(await shop.CreateClient().GetStringAsync("/health"));
            Assert.Equal(name, health.RootElement.GetProperty("instance").GetString());
            Assert.Equal("Postgres", health.RootElement.GetProperty("database").GetProperty("provider").GetString());
        }
        var heardOnB = new ConcurrentQueue<string>();
        using var subscription = _b.Services.GetRequiredService<ShopSignals>().Subscribe("catalog", heardOnB.Enqueue);

        // Published until heard: B's listener may still be connecting when the test starts.
        await Eventually.Until(() =>
        {
            _a.Services.GetRequiredService<ShopSignals>().Publish("catalog", "product-7");
            return Task.FromResult(heardOnB.Contains("product-7"));
        }, "B to hear A's catalog signal");
    }

    [Fact]
    public async Task A_price_edited_on_one_instance_shows_on_the_next_anonymous_pages_of_the_other()
    {
        var product = await _a.AddProductAsync(price: 20m);
        var url = $"/catalog/{product.Slug}";
        // B keeps the page in its output cache: the second answer comes from there.
        Assert.Contains("¥20.00", await _b.CreateClient().GetStringAsync(url));
        Assert.Contains("¥20.00", await _b.CreateClient().GetStringAsync(url));

        var admin = await AdminBrowsers.CreateAdminBrowserAsync(_a);
        var fields = AdminCatalogData.EditFields(product);
        fields["Form.Price"] = "4321.00";
        var saved = await admin.SubmitFormAsync($"/admin/products/{product.Id}/edit", fields, action: $"/admin/products/{product.Id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // A's signal reaches B through LISTEN/NOTIFY moments after the commit.
        await Eventually.Until(
            async () => (await _b.CreateClient().GetStringAsync(url)).Contains("¥4,321.00", StringComparison.Ordinal),
            "B's cached product page to show A's new price");
    }

    [Fact]
    public async Task A_buyer_pays_across_instances_and_a_storm_of_copies_sent_to_both_is_applied_once()
    {
        var card = await _a.AddProductAsync(price: 30m, delivery: VirtualDelivery.Code, codes: 3);
        Assert.Equal(3, await StockAsync(card.Id));
        var email = ShopWebApplicationFactory.NewEmail();
        var cookies = new CookieContainer();
        var onA = _a.CreateBrowser(cookies);
        var onB = _b.CreateBrowser(cookies);
        // Registered on B's form, signed in on A's.
        var registered = await onB.SubmitFormAsync("/Identity/Account/Register", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = ShopWebApplicationFactory.Password,
            ["Input.ConfirmPassword"] = ShopWebApplicationFactory.Password,
        });
        Assert.Contains("data-register-sent", await registered.Content.ReadAsStringAsync());
        await ShopWebApplicationFactory.SignInAsync(onA, email);
        // A keeps the empty cart's count; the cart filled on B reaches A's header through the "cart" signal.
        Assert.Equal(0, (await onA.GetHtmlAsync("/")).CartCount());
        await onB.AddToCartAsync(card.Id, 2);
        await Eventually.Until(async () => (await onA.GetHtmlAsync("/")).CartCount() == 2, "A's header to count the cart filled on B");
        Assert.Equal(2, (await onA.GetHtmlAsync("/cart")).CartCount());
        Assert.Equal(2, (await onB.GetHtmlAsync("/")).CartCount());
        var number = await onA.CheckOutAsync();
        Assert.Equal(1, await StockAsync(card.Id));
        await Eventually.Until(async () => (await onB.GetHtmlAsync("/")).CartCount() == 0, "B's header to count the cart emptied by the checkout on A");

        // Paid at the cashier (reached from B's pay page), Alipay's notification held back: the test sends it.
        var sandbox = SandboxBrowser.Open(_a);
        var cashier = await sandbox.SubmitAsync(await onB.PayFormAsync(number));
        await sandbox.Client.ActOnTradeAsync(cashier.TradeNo, "faults", new() { ["kind"] = "Drop", ["delaySeconds"] = "0", ["count"] = "1" });
        await sandbox.PayAsync(cashier);
        await Eventually.Until(async () => (await _a.NotificationsAsync(cashier.TradeNo)).Any(n => n.State == NotificationState.Dropped), "the notification dropped");
        var notification = (await _a.NotificationsAsync(cashier.TradeNo)).First(n => n.State == NotificationState.Dropped);
        var parameters = JsonSerializer.Deserialize<Dictionary<string, string>>(notification.Parameters)!;

        var changedOnB = new ConcurrentQueue<string>();
        var events = _b.Services.GetRequiredService<OrderEvents>();
        void Heard(string changed) => changedOnB.Enqueue(changed);
        events.OrderChanged += Heard;
        try
        {
            // Six copies to each instance, all at once.
            var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => (i % 2 == 0 ? _a : _b).NotifyAsync(parameters)));

            Assert.All(answers, answer => Assert.Equal((200, "success"), answer));
            // The order page on B hears the change that A (or B) applied.
            await Eventually.Until(() => Task.FromResult(changedOnB.Contains(number)), "B's order pages to hear the payment");
        }
        finally
        {
            events.OrderChanged -= Heard;
        }

        var order = await _b.OrderAsync(number);
        Assert.Equal((OrderStatus.Completed, PaymentState.Paid), (order.Status, order.PaymentState));
        Assert.Single(order.History, h => h.Event == OrderHistoryEvent.PaymentUpdate);
        Assert.Single(order.History, h => h.Event == OrderHistoryEvent.Delivered);
        Assert.Equal(2, await _a.QueryAsync(db => db.ProductCodes.CountAsync(c => c.OrderId == order.Id)));
        Assert.Equal(1, await StockAsync(card.Id));
        var outcomes = await _a.QueryAsync(db => db.PaymentNotifications
            .Where(n => n.NotifyId == parameters["notify_id"]).Select(n => n.Outcome).ToListAsync());
        Assert.Equal(12, outcomes.Count);
        Assert.Single(outcomes, o => o == NotificationOutcome.Applied);
        Assert.All(outcomes, o => Assert.Contains(o, new[] { NotificationOutcome.Applied, NotificationOutcome.Duplicate, NotificationOutcome.NoChange }));
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync($"/orders/{number}")).StatusCode);
        // One message of each kind for the buyer, whichever instance applied what (a paid order of
        // codes gets its codes instead of a separate "payment received").
        var mails = await _a.QueryAsync(db => db.OutboxMessages.Where(m => m.OrderNumber == number).Select(m => m.Kind).ToListAsync());
        Assert.Equal([MailKind.OrderPlaced, MailKind.GoodsDelivered], mails.Order());
    }

    [Fact]
    public async Task An_order_paid_on_one_instance_is_shipped_from_the_admin_of_the_other()
    {
        var (_, number, tradeNo) = await _a.PaidPhysicalOrderAsync("escrow");
        var admin = await _b.CreateAdminBrowserAsync();
        var sendGoods = instances.Gateway.Count("send_goods_confirm_by_platform");

        var response = await admin.SubmitFormAsync($"/admin/orders/{number}", new()
        {
            ["carrier"] = "顺丰速运",
            ["trackingNumber"] = "SF1234567890",
            ["transportType"] = "EXPRESS",
        }, action: $"/admin/orders/{number}/ship");

        Assert.Equal($"/admin/orders/{number}", response.RedirectPath());
        Assert.Equal(sendGoods + 1, instances.Gateway.Count("send_goods_confirm_by_platform"));
        var order = await _a.OrderAsync(number);
        Assert.Equal((OrderStatus.Shipped, PaymentState.HeldInEscrow), (order.Status, order.PaymentState));
        Assert.Single(order.Shipments);
        Assert.Equal(TradeStatus.WaitBuyerConfirmGoods, (await _a.TradeAsync(tradeNo)).Status);
        Assert.Single(order.History, h => h.Event == OrderHistoryEvent.Shipped);
    }

    [Fact]
    public async Task An_unpaid_order_past_its_deadline_is_closed_once_by_one_instance_while_the_other_skips_the_round()
    {
        var product = await _a.AddProductAsync(stock: 5);
        var (buyer, _) = await _b.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id, 2);
        var number = await buyer.CheckOutAsync();
        Assert.Equal(3, await StockAsync(product.Id));
        foreach (var shop in new[] { _a, _b })
        {
            shop.Clock.Advance(TimeSpan.FromHours(3));
        }
        var timeoutsOnA = _a.Services.GetServices<IHostedService>().OfType<OrderTimeoutService>().Single();
        var timeoutsOnB = _b.Services.GetServices<IHostedService>().OfType<OrderTimeoutService>().Single();
        var closes = instances.Gateway.Count("close_trade");

        instances.Gateway.HoldClosing();
        bool roundOnA;
        try
        {
            var running = timeoutsOnA.RunRoundAsync(CancellationToken.None);
            await Eventually.Until(() => Task.FromResult(instances.Gateway.Count("close_trade") == closes + 1), "A's round to ask Alipay to close the trade");

            // A holds the job's lease while it waits for Alipay: B's round does not run at all.
            Assert.False(await timeoutsOnB.RunRoundAsync(CancellationToken.None));

            instances.Gateway.ReleaseClosing();
            roundOnA = await running;
        }
        finally
        {
            instances.Gateway.ReleaseClosing();
        }
        Assert.True(roundOnA);
        // The next round, on B, finds the order closed and asks Alipay nothing.
        Assert.True(await timeoutsOnB.RunRoundAsync(CancellationToken.None));

        Assert.Equal(closes + 1, instances.Gateway.Count("close_trade"));
        var order = await _b.OrderAsync(number);
        Assert.Equal((OrderStatus.Closed, PaymentState.Unpaid), (order.Status, order.PaymentState));
        Assert.Single(order.History, h => h.Event == OrderHistoryEvent.ClosedUnpaid);
        Assert.Equal(5, await StockAsync(product.Id));
    }

    [Fact]
    public async Task The_job_lease_of_an_instance_that_dies_passes_to_the_other_one()
    {
        var timeoutsOnB = _b.Services.GetServices<IHostedService>().OfType<OrderTimeoutService>().Single();
        var lease = await _a.Services.GetRequiredService<ShopLocks>().TryAcquireJobAsync(OrderTimeoutService.JobName, CancellationToken.None);
        Assert.NotNull(lease);
        try
        {
            Assert.False(await timeoutsOnB.RunRoundAsync(CancellationToken.None));

            // A dies: its session ends (as when its process or its machine goes), and its lease with it.
            await _a.QueryAsync(db => db.Database.SqlQuery<bool>($"""
                SELECT pg_terminate_backend(pid) AS "Value" FROM pg_locks
                WHERE locktype = 'advisory' AND pid <> pg_backend_pid() AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                """).ToListAsync());

            Assert.True(await timeoutsOnB.RunRoundAsync(CancellationToken.None));
        }
        finally
        {
            await lease.DisposeAsync();
        }
    }
}
