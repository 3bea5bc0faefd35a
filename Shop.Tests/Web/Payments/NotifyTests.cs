using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Sandbox;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Payments;

/// <summary>
/// notify_url under every case a merchant meets: each answer body is checked, and so is what was
/// stored. A genuine notification is obtained by letting the sandbox drop its delivery (a fault
/// injected from its console) and reading what it would have sent; its notify_id is then one the
/// sandbox issued and still honours, so notify_verify answers true as Alipay would.
/// </summary>
public class NotifyTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private AlipayOptions Alipay => factory.Services.GetRequiredService<IOptions<AlipayOptions>>().Value;

    private Task<(string Number, string TradeNo, Dictionary<string, string> Notification)> PaidButNotNotifiedAsync(
        decimal price = 50m, ProductKind kind = ProductKind.Virtual, string? choice = null) =>
        factory.PaidButNotNotifiedAsync(price, kind, choice);

    private async Task<(int Status, string ContentType, string Body)> NotifyAsync(
        IReadOnlyDictionary<string, string> parameters, AlipayCharset? charset = null, bool declareCharset = true)
    {
        charset ??= AlipayCharset.Utf8;
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes(AlipayFormEncoding.EncodeForm(parameters, charset)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = declareCharset ? charset.Name : null };
        using var response = await factory.CreateClient().PostAsync("/payments/alipay/notify", content);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "", Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    private Dictionary<string, string> Resigned(Dictionary<string, string> notification, Action<Dictionary<string, string>> change)
    {
        var copy = new Dictionary<string, string>(notification);
        change(copy);
        copy.Remove("sign");
        copy.Remove("sign_type");
        copy["sign"] = AlipaySignature.Sign(copy, Alipay.Key, AlipayCharset.Utf8);
        copy["sign_type"] = "MD5";
        return copy;
    }

    private Task<List<PaymentNotification>> StoredAsync(string number) =>
        factory.QueryAsync(db => db.PaymentNotifications.Where(n => n.OutTradeNo == number && n.Channel == NotificationChannel.Notify).OrderBy(n => n.Id).ToListAsync());

    private static void AssertUnpaid(Order order)
    {
        Assert.Equal(OrderStatus.PendingPayment, order.Status);
        Assert.Equal(PaymentState.Unpaid, order.PaymentState);
        Assert.Single(order.History);
    }

    [Fact]
    public async Task A_genuine_notification_is_applied_and_answered_exactly_success()
    {
        var (number, tradeNo, notification) = await PaidButNotNotifiedAsync();

        var answer = await NotifyAsync(notification);

        Assert.Equal((200, "text/plain", "success"), answer);
        var order = await factory.OrderAsync(number);
        Assert.Equal((OrderStatus.Completed, PaymentState.Paid), (order.Status, order.PaymentState));
        Assert.Equal(tradeNo, order.AlipayTradeNo);
        var stored = Assert.Single(await StoredAsync(number));
        Assert.Equal(NotificationOutcome.Applied, stored.Outcome);
        Assert.Contains("\"sign\":", stored.Parameters);
        Assert.DoesNotContain(Alipay.Key, stored.Parameters);
        Assert.Equal(stored.Id, order.History.Single(h => h.Event == OrderHistoryEvent.PaymentUpdate).NotificationId);
    }

    [Fact]
    public async Task A_bad_signature_is_answered_fail_changes_nothing_and_is_kept_apart_from_the_orders_notifications()
    {
        var (number, _, notification) = await PaidButNotNotifiedAsync();
        notification["total_fee"] = "0.01";

        Assert.Equal("fail", (await NotifyAsync(notification)).Body);

        AssertUnpaid(await factory.OrderAsync(number));
        Assert.Empty(await StoredAsync(number));
        var rejected = await factory.QueryAsync(db => db.RejectedNotifications.SingleAsync(r => r.OutTradeNo == number));
        Assert.Equal((NotificationChannel.Notify, RejectionReason.BadSignature), (rejected.Channel, rejected.Reason));
        Assert.Contains("sign", rejected.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("total_fee=0.01", rejected.RawText);
    }

    [Fact]
    public async Task A_notify_id_alipay_did_not_issue_is_answered_fail_and_changes_nothing()
    {
        var (number, _, notification) = await PaidButNotNotifiedAsync();
        var forged = Resigned(notification, p => p["notify_id"] = "forged" + Guid.NewGuid().ToString("N"));

        Assert.Equal("fail", (await NotifyAsync(forged)).Body);

        AssertUnpaid(await factory.OrderAsync(number));
        Assert.Equal(NotificationOutcome.Rejected, Assert.Single(await StoredAsync(number)).Outcome);
    }

    [Fact]
    public async Task A_notification_for_another_seller_is_answered_fail_and_changes_nothing()
    {
        var (number, _, notification) = await PaidButNotNotifiedAsync();
        var other = Resigned(notification, p => p["seller_id"] = "2088999999999999");

        Assert.Equal("fail", (await NotifyAsync(other)).Body);

        AssertUnpaid(await factory.OrderAsync(number));
        var stored = Assert.Single(await StoredAsync(number));
        Assert.Equal(NotificationOutcome.Rejected, stored.Outcome);
        Assert.Contains("seller", stored.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_notification_for_an_unknown_order_is_answered_fail()
    {
        var (number, _, notification) = await PaidButNotNotifiedAsync();
        var unknown = Resigned(notification, p => p["out_trade_no"] = "20200101000000000000");

        Assert.Equal("fail", (await NotifyAsync(unknown)).Body);

        AssertUnpaid(await factory.OrderAsync(number));
        var stored = await factory.QueryAsync(db => db.PaymentNotifications.SingleAsync(n => n.OutTradeNo == "20200101000000000000"));
        Assert.Equal(NotificationOutcome.Rejected, stored.Outcome);
        Assert.Null(stored.OrderId);
    }

    [Fact]
    public async Task A_paid_amount_that_is_not_the_order_total_is_answered_fail_and_changes_nothing()
    {
        var (number, _, notification) = await PaidButNotNotifiedAsync(price: 50m);
        var cheaper = Resigned(notification, p => p["total_fee"] = "49.99");

        Assert.Equal("fail", (await NotifyAsync(cheaper)).Body);

        AssertUnpaid(await factory.OrderAsync(number));
        var stored = Assert.Single(await StoredAsync(number));
        Assert.Equal(NotificationOutcome.Rejected, stored.Outcome);
        Assert.Contains("49.99", stored.Detail);
    }

    [Fact]
    public async Task A_price_the_seller_adjusted_on_alipay_is_accepted_and_recorded_as_paid()
    {
        var product = await factory.AddProductAsync(price: 100m);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();
        var sandbox = SandboxBrowser.Open(factory);
        var cashier = await sandbox.SubmitAsync(await buyer.PayFormAsync(number));
        await sandbox.Client.ActOnTradeAsync(cashier.TradeNo, "adjust-price", new() { ["totalFee"] = "95.00" });

        await sandbox.PayAsync(await sandbox.SubmitAsync(await buyer.PayFormAsync(number)), "escrow");

        var order = await factory.WaitForOrderAsync(number, OrderStatus.AwaitingShipment);
        Assert.Equal(95.00m, order.AmountPaid);
        Assert.Equal(112.00m, order.Total);
    }

    [Fact]
    public async Task The_same_notification_twice_changes_the_order_once_and_both_are_answered_success()
    {
        var (number, _, notification) = await PaidButNotNotifiedAsync();

        Assert.Equal("success", (await NotifyAsync(notification)).Body);
        Assert.Equal("success", (await NotifyAsync(notification)).Body);

        var order = await factory.OrderAsync(number);
        Assert.Single(order.History, h => h.Event == OrderHistoryEvent.PaymentUpdate);
        Assert.Single(order.History, h => h.Event == OrderHistoryEvent.Delivered);
        Assert.Equal([NotificationOutcome.Applied, NotificationOutcome.Duplicate], (await StoredAsync(number)).Select(n => n.Outcome));
    }

    [Fact]
    public async Task Twenty_copies_at_once_make_one_change_and_are_all_answered_success()
    {
        var (number, _, notification) = await PaidButNotNotifiedAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => NotifyAsync(notification)));

        Assert.All(answers, answer => Assert.Equal("success", answer.Body));
        var order = await factory.OrderAsync(number);
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Single(order.History, h => h.Event == OrderHistoryEvent.PaymentUpdate);
        Assert.Single(order.History, h => h.Event == OrderHistoryEvent.Delivered);
        var stored = await StoredAsync(number);
        Assert.Equal(20, stored.Count);
        Assert.Single(stored, n => n.Outcome == NotificationOutcome.Applied);
        Assert.Equal(19, stored.Count(n => n.Outcome == NotificationOutcome.Duplicate));
        Assert.Equal(1, await factory.QueryAsync(db => db.ProductCodes.CountAsync(c => c.OrderId == order.Id)));
    }

    [Fact]
    public async Task Statuses_arriving_out_of_order_never_move_the_order_back()
    {
        var (number, _, paidIntoEscrow) = await PaidButNotNotifiedAsync(kind: ProductKind.Physical, choice: "escrow");
        Assert.Equal("WAIT_SELLER_SEND_GOODS", paidIntoEscrow["trade_status"]);
        var finished = Resigned(paidIntoEscrow, p => p["trade_status"] = "TRADE_FINISHED");

        Assert.Equal("success", (await NotifyAsync(finished)).Body);
        Assert.Equal("success", (await NotifyAsync(paidIntoEscrow)).Body);

        var order = await factory.OrderAsync(number);
        Assert.Equal((OrderStatus.AwaitingShipment, PaymentState.Paid), (order.Status, order.PaymentState));
        Assert.Equal([NotificationOutcome.Applied, NotificationOutcome.NoChange], (await StoredAsync(number)).Where(n => n.Channel == NotificationChannel.Notify && n.TradeStatus != "WAIT_BUYER_PAY").Select(n => n.Outcome));
    }

    [Fact]
    public async Task A_gbk_encoded_notification_without_a_declared_charset_is_read_in_the_shops_charset_and_rejected_if_signed_otherwise()
    {
        var (number, _, notification) = await PaidButNotNotifiedAsync();

        // Sent as GBK but the shop asked for UTF-8: the bytes do not decode to what was signed.
        Assert.Equal("fail", (await NotifyAsync(notification, AlipayCharset.Gbk, declareCharset: false)).Body);
        AssertUnpaid(await factory.OrderAsync(number));

        Assert.Equal("success", (await NotifyAsync(notification, AlipayCharset.Utf8, declareCharset: false)).Body);
        Assert.Equal(OrderStatus.Completed, (await factory.OrderAsync(number)).Status);
    }

    [Fact]
    public async Task An_expired_return_never_marks_the_order_paid_and_says_the_payment_is_being_confirmed()
    {
        var product = await factory.AddProductAsync(price: 30m, delivery: VirtualDelivery.File);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();
        var sandbox = SandboxBrowser.Open(factory);
        var cashier = await sandbox.SubmitAsync(await buyer.PayFormAsync(number));
        await sandbox.Client.ActOnTradeAsync(cashier.TradeNo, "faults", new() { ["kind"] = "Drop", ["delaySeconds"] = "0", ["count"] = "1" });
        var paid = await sandbox.PayAsync(cashier);

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var back = await buyer.GetAsync(paid.Headers.Location!.PathAndQuery);

        Assert.Equal($"/orders/{number}", back.RedirectPath());
        AssertUnpaid(await factory.OrderAsync(number));
        var page = await buyer.GetStringAsync($"/orders/{number}");
        Assert.Contains("正在与支付宝确认您的付款", page);
        var stored = await factory.QueryAsync(db => db.PaymentNotifications.SingleAsync(n => n.OutTradeNo == number && n.Channel == NotificationChannel.Return));
        Assert.Equal(NotificationOutcome.Rejected, stored.Outcome);
    }
}
