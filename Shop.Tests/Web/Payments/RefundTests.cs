using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.AlipaySandbox;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Sandbox;
using Shop.Tests.Web.Admin;
using Shop.Web.Features.Mail;
using Shop.Web.Features.Orders;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Payments;

/// <summary>
/// Refunds through Alipay end to end: the admin asks on the order page, confirms at the local
/// gateway, and the batch_refund_notify (and the trade's own notification) come back through the
/// real notify pipeline (docs/alipay-protocol.md §6a).
/// </summary>
public class RefundTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private Task<int> StockAsync(int productId) =>
        factory.QueryAsync(db => db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => p.Stock).SingleAsync());

    private async Task<(string Number, string TradeNo, int ProductId)> PaidVirtualOrderAsync(decimal price = 50m)
    {
        var product = await factory.AddProductAsync(price: price, delivery: VirtualDelivery.Code, codes: 3);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();
        var (tradeNo, _) = await factory.PayAtSandboxAsync(buyer, number);
        await factory.WaitForOrderAsync(number, OrderStatus.Completed);
        return (number, tradeNo, product.Id);
    }

    [Fact]
    public async Task A_full_refund_of_delivered_codes_refunds_the_order_mails_the_buyer_once_and_withdraws_the_codes()
    {
        var (number, tradeNo, _) = await PaidVirtualOrderAsync(50m);
        var admin = await factory.CreateAdminBrowserAsync();

        var (batchNo, done) = await factory.RefundAtSandboxAsync(admin, number, "50.00", "重复购买 ^退款# $ok|");

        Assert.Contains("data-page=\"refund-done\"", done.Html, StringComparison.Ordinal);
        var order = await factory.WaitForRefundAsync(number, batchNo);
        Assert.Equal((OrderStatus.Refunded, PaymentState.Refunded), (order.Status, order.PaymentState));
        Assert.Equal(50m, order.AmountRefunded);
        var refund = Assert.Single(order.Refunds);
        Assert.Equal((RefundState.Succeeded, "SUCCESS", 50m), (refund.State, refund.ResultCode, refund.Amount));
        Assert.Matches(@"^\d{8}\d{13}$", batchNo);
        Assert.StartsWith(Shop.Domain.ChinaTime.DateOf(order.Refunds[0].RequestedAt).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), batchNo, StringComparison.Ordinal);

        var trade = await factory.TradeAsync(tradeNo);
        Assert.Equal((TradeStatus.TradeClosed, 50m), (trade.Status, trade.RefundedAmount));
        // The reason reached Alipay cleaned of the separators.
        var batch = await factory.ReadSandboxAsync(db => db.RefundBatches.SingleAsync(b => b.BatchNo == batchNo));
        Assert.Equal($"{tradeNo}^50.00^重复购买 退款 ok", batch.DetailData);

        await Eventually.Until(async () => (await factory.NotificationsAsync(tradeNo)).All(n => n.State == NotificationState.Acknowledged),
            "the batch and trade notifications to be acknowledged");
        var mails = await factory.MailsAsync(number, MailKind.Refunded);
        Assert.Single(mails);

        var buyerView = await factory.Services.GetRequiredService<OrderStatusQuery>().FindAsync(number);
        Assert.Empty(buyerView!.Codes);
    }

    [Fact]
    public async Task A_partial_refund_keeps_the_order_paid_and_the_rest_refunds_it_and_brings_the_stock_back()
    {
        var (_, number, tradeNo) = await factory.PaidPhysicalOrderAsync("instant", price: 88m);
        var productId = (await factory.OrderAsync(number)).Lines[0].ProductId;
        var stockWhilePaid = await StockAsync(productId);
        var admin = await factory.CreateAdminBrowserAsync();

        var (first, _) = await factory.RefundAtSandboxAsync(admin, number, "30", "少发一件");
        var order = await factory.WaitForRefundAsync(number, first);

        Assert.Equal((OrderStatus.AwaitingShipment, PaymentState.Paid), (order.Status, order.PaymentState));
        Assert.Equal(30m, order.AmountRefunded);
        Assert.Equal(order.AmountPaid - 30m, order.RefundableAmount);
        Assert.Contains(order.History, h => h.Event == OrderHistoryEvent.PartiallyRefunded && h.Detail == $"{first} 30.00");
        Assert.Equal(stockWhilePaid, await StockAsync(productId));
        var page = await admin.GetStringAsync($"/admin/orders/{number}");
        Assert.Contains("data-amount-refunded=\"30.00\"", page, StringComparison.Ordinal);
        var csv = await admin.GetStringAsync($"/admin/orders.csv?q={number}");
        Assert.EndsWith(",Refunded amount", csv.Split("\r\n")[0], StringComparison.Ordinal);
        Assert.EndsWith($",{tradeNo},30.00", csv.Split("\r\n")[1], StringComparison.Ordinal);
        var dashboard = await admin.GetStringAsync("/admin");
        Assert.Matches("data-refunds-month=\"[0-9.]+\" data-refunds-month-count=\"[1-9][0-9]*\"", dashboard);

        var rest = AlipayAmount.Format(order.RefundableAmount);
        var (second, _) = await factory.RefundAtSandboxAsync(admin, number, rest, "取消订单");
        order = await factory.WaitForRefundAsync(number, second);

        Assert.Equal((OrderStatus.Refunded, PaymentState.Refunded), (order.Status, order.PaymentState));
        Assert.Equal(order.AmountPaid, order.AmountRefunded);
        Assert.NotEqual(first, second);
        Assert.Equal(stockWhilePaid + 1, await StockAsync(productId));
        Assert.Equal(TradeStatus.TradeClosed, (await factory.TradeAsync(tradeNo)).Status);
        await Eventually.Until(async () => (await factory.MailsAsync(number, MailKind.Refunded)).Count == 2, "a refund mail per refund");
    }

    [Fact]
    public async Task A_TRADE_CLOSED_that_arrives_before_the_batch_result_refunds_the_order_and_the_result_still_settles_the_refund_once()
    {
        var (number, tradeNo, _) = await PaidVirtualOrderAsync(20m);
        var admin = await factory.CreateAdminBrowserAsync();
        var sandbox = SandboxBrowser.Open(factory);

        // The batch result is held until the trade's own notification has gone out.
        var (batchNo, _) = await factory.RefundAtSandboxAsync(admin, number, "20.00", "退款", beforeConfirm: async () =>
            await sandbox.Client.ActOnTradeAsync(tradeNo, "faults", new() { ["kind"] = "Reorder", ["delaySeconds"] = "0", ["count"] = "1" }));

        var order = await factory.WaitForRefundAsync(number, batchNo);
        Assert.Equal((OrderStatus.Refunded, PaymentState.Refunded, 20m), (order.Status, order.PaymentState, order.AmountRefunded));
        Assert.Equal(RefundState.Succeeded, order.Refunds[0].State);
        var closed = order.History.Single(h => h.Event == OrderHistoryEvent.PaymentUpdate && h.PaymentState == PaymentState.Refunded);
        var settled = order.History.Single(h => h.Event == OrderHistoryEvent.Refunded);
        Assert.True(closed.Id < settled.Id, "TRADE_CLOSED came first");
        Assert.Single(await factory.MailsAsync(number, MailKind.Refunded));
    }

    [Fact]
    public async Task Five_copies_of_the_batch_result_at_once_settle_the_refund_once_and_mail_once()
    {
        var (number, tradeNo, _) = await PaidVirtualOrderAsync(30m);
        var admin = await factory.CreateAdminBrowserAsync();
        var sandbox = SandboxBrowser.Open(factory);
        var (batchNo, _) = await factory.RefundAtSandboxAsync(admin, number, "10.00", "部分退款", beforeConfirm: async () =>
            await sandbox.Client.ActOnTradeAsync(tradeNo, "faults", new() { ["kind"] = "Drop", ["delaySeconds"] = "0", ["count"] = "1" }));
        await Eventually.Until(async () => (await factory.NotificationsAsync(tradeNo)).Any(n => n.State == NotificationState.Dropped && n.TradeStatus == "batch_refund_notify"),
            "the batch result to be dropped");
        var dropped = (await factory.NotificationsAsync(tradeNo)).Single(n => n.State == NotificationState.Dropped).ReadParameters();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => factory.NotifyAsync(dropped)));

        Assert.All(answers, answer => Assert.Equal((200, "success"), answer));
        var order = await factory.OrderWithRefundsAsync(number);
        Assert.Equal((RefundState.Succeeded, 10m), (order.Refunds[0].State, order.AmountRefunded));
        Assert.Single(order.History, h => h.Event == OrderHistoryEvent.PartiallyRefunded && h.Detail == $"{batchNo} 10.00");
        Assert.Single(await factory.MailsAsync(number, MailKind.Refunded));
        var stored = await factory.QueryAsync(db => db.PaymentNotifications.Where(n => n.NotifyId == dropped["notify_id"]).Select(n => n.Outcome).ToListAsync());
        Assert.Equal(5, stored.Count);
        Assert.Single(stored, outcome => outcome == NotificationOutcome.Applied);
    }

    [Fact]
    public async Task A_forged_batch_result_is_refused_and_kept_as_evidence_and_an_unknown_batch_is_refused_for_the_admin_to_see()
    {
        var (number, tradeNo, _) = await PaidVirtualOrderAsync(40m);
        var admin = await factory.CreateAdminBrowserAsync();
        var (batchNo, _) = await factory.RefundAtSandboxAsync(admin, number, "40.00", "退款", confirm: false);
        var before = await factory.OrderWithRefundsAsync(number);

        var forged = new Dictionary<string, string>
        {
            ["notify_time"] = "2026-11-30 10:00:00",
            ["notify_type"] = "batch_refund_notify",
            ["notify_id"] = "forged-" + Guid.NewGuid().ToString("N"),
            ["batch_no"] = batchNo,
            ["success_num"] = "1",
            ["result_details"] = $"{tradeNo}^40.00^SUCCESS",
            ["sign"] = "0123456789abcdef0123456789abcdef",
            ["sign_type"] = "MD5",
        };
        Assert.Equal((200, "fail"), await factory.NotifyAsync(forged));

        var unknown = new Dictionary<string, string>(forged) { ["batch_no"] = "20261130999999999", ["notify_id"] = "unknown-" + Guid.NewGuid().ToString("N") };
        unknown.Remove("sign");
        unknown.Remove("sign_type");
        unknown["sign"] = AlipaySignature.Sign(unknown, TestMerchants.ShopKey, AlipayCharset.Utf8);
        unknown["sign_type"] = "MD5";
        Assert.Equal((200, "fail"), await factory.NotifyAsync(unknown));

        var after = await factory.OrderWithRefundsAsync(number);
        Assert.Equal((before.Version, RefundState.Requested, 0m), (after.Version, after.Refunds[0].State, after.AmountRefunded));
        var rejected = await factory.QueryAsync(db => db.RejectedNotifications.AsNoTracking()
            .Where(r => r.OutTradeNo == batchNo || r.OutTradeNo == "20261130999999999").ToListAsync());
        Assert.Contains(rejected, r => r.Reason == RejectionReason.BadSignature && r.OutTradeNo == batchNo);
        Assert.Contains(rejected, r => r.Reason == RejectionReason.UnknownRefundBatch && r.OutTradeNo == "20261130999999999");
        var list = await admin.GetStringAsync("/admin/rejected-notifications");
        Assert.Contains("20261130999999999", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refund_Alipay_refuses_is_recorded_as_failed_mails_the_admins_and_leaves_the_order_paid()
    {
        var (number, tradeNo, _) = await PaidVirtualOrderAsync(25m);
        var admin = await factory.CreateAdminBrowserAsync();
        var sandbox = SandboxBrowser.Open(factory);

        // Between the request and the seller's password, 1.00 is refunded on Alipay's own site:
        // the full amount no longer fits.
        var (batchNo, done) = await factory.RefundAtSandboxAsync(admin, number, "25.00", "退款", beforeConfirm: async () =>
            await sandbox.Client.ActOnTradeAsync(tradeNo, "refund", new() { ["amount"] = "1.00" }));

        Assert.Contains("data-success-num=\"0\"", done.Html, StringComparison.Ordinal);
        var order = await factory.WaitForRefundAsync(number, batchNo);
        var refund = Assert.Single(order.Refunds);
        Assert.Equal((RefundState.Failed, AlipayErrorCodes.TotalRefundFeeExceed), (refund.State, refund.ResultCode));
        Assert.Equal(PaymentState.Paid, order.PaymentState);
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Contains(order.History, h => h.Event == OrderHistoryEvent.RefundFailed);
        var alert = Assert.Single(await factory.MailsAsync(number, MailKind.AdminRefundFailed));
        Assert.Contains(AlipayErrorCodes.TotalRefundFeeExceed, alert.TextBody, StringComparison.Ordinal);
        Assert.Empty(await factory.MailsAsync(number, MailKind.Refunded));
        var page = await admin.GetStringAsync($"/admin/orders/{number}");
        Assert.Contains("data-refund-state=\"Failed\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateway_refuses_a_batch_no_used_twice()
    {
        var (number, _, _) = await PaidVirtualOrderAsync(15m);
        var admin = await factory.CreateAdminBrowserAsync();
        var (batchNo, _) = await factory.RefundAtSandboxAsync(admin, number, "5.00", "退款", confirm: false);
        var (_, fields) = ShopPayments.ReadPayForm(await admin.GetStringAsync($"/admin/orders/{number}/refunds/{batchNo}"));

        var again = await SandboxBrowser.Open(factory).SubmitAsync(fields.ToDictionary());

        Assert.Equal(AlipayErrorCodes.BatchNoDuplicate, again.ErrorCode);
    }

    [Theory]
    [InlineData("1,000", "amount")]
    [InlineData("1e3", "amount")]
    [InlineData("12.345", "amount")]
    [InlineData("-5", "amount")]
    [InlineData("", "amount")]
    [InlineData("99999", "amount")]
    public async Task A_bad_amount_is_refused_with_a_message_and_nothing_is_requested(string amount, string field)
    {
        var (number, _, _) = await PaidVirtualOrderAsync(12m);
        var admin = await factory.CreateAdminBrowserAsync();

        var response = await admin.PostRefundAsync(number, amount, "理由");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches($"data-error-for=\"{field}\">[^<]+<", html);
        Assert.Empty((await factory.OrderWithRefundsAsync(number)).Refunds);
    }

    [Fact]
    public async Task An_escrow_order_shows_the_refund_states_Alipay_reports_and_cannot_be_refunded_from_the_shop()
    {
        var (_, number, tradeNo) = await factory.PaidPhysicalOrderAsync("escrow", price: 66m);
        var productId = (await factory.OrderAsync(number)).Lines[0].ProductId;
        var stockWhilePaid = await StockAsync(productId);
        var admin = await factory.CreateAdminBrowserAsync();
        var sandbox = SandboxBrowser.Open(factory);

        var page = await admin.GetStringAsync($"/admin/orders/{number}");
        Assert.DoesNotContain("data-refund-form", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostRefundAsync(number, "66", "退款")).StatusCode);

        await sandbox.Client.ActOnTradeAsync(tradeNo, "escrow-refund", new() { ["state"] = "WAIT_SELLER_AGREE" });
        await Eventually.Until(async () => (await factory.OrderAsync(number)).AlipayRefundState == AlipayRefundState.WaitSellerAgree,
            "the escrow refund state to arrive");
        page = await admin.GetStringAsync($"/admin/orders/{number}");
        Assert.Contains("data-escrow-refund=\"WaitSellerAgree\"", page, StringComparison.Ordinal);
        Assert.Contains("Agree or refuse on Alipay", page, StringComparison.Ordinal);

        await sandbox.Client.ActOnTradeAsync(tradeNo, "escrow-refund", new() { ["state"] = "REFUND_SUCCESS" });
        var order = await factory.WaitForOrderAsync(number, OrderStatus.Refunded);
        Assert.Equal((PaymentState.Refunded, AlipayRefundState.RefundSuccess), (order.PaymentState, order.AlipayRefundState));
        Assert.Equal(order.AmountPaid, order.AmountRefunded);
        Assert.Equal(stockWhilePaid + 1, await StockAsync(productId));
    }
}
