using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Web.Data;
using Shop.Web.Features.Instances;
using Shop.Web.Features.Mail;
using Shop.Web.Features.Orders;

namespace Shop.Web.Features.Payments;

/// <summary>
/// Applies what Alipay says about a trade to its order, the same way whether it came as a server
/// notification, a buyer's return or the answer to a trade query
/// (docs/architecture.md: Money and orders): the signature first, so that what the shop's key did
/// not sign is kept only as bounded evidence (<see cref="RejectedNotificationLog"/>); then stored
/// raw; verified (notify_verify, partner and seller, known order, amount); applied forward-only in
/// one save with the stock it releases and the goods it delivers; and acknowledged only once that
/// save is done or known to be unnecessary.
/// </summary>
public class AlipayNotificationProcessor(
    ShopDbContext db,
    IOptionsMonitor<AlipayOptions> options,
    INotifyIdVerification notifyIds,
    RejectedNotificationLog rejected,
    StockReservation stock,
    VirtualGoodsDelivery delivery,
    ShopLocks locks,
    OrderEvents events,
    OrderMail mail,
    TimeProvider clock,
    ILogger<AlipayNotificationProcessor> logger)
{
    private const int ConcurrencyRetries = 5;

    // The reads every notification makes, compiled once: a storm of them spent more CPU in EF Core
    // translating and looking up these queries than in running them (README: Performance).
    private static readonly Func<ShopDbContext, string?, string, CancellationToken, Task<AppliedArrival?>> AppliedArrivalOf =
        EF.CompileAsyncQuery((ShopDbContext db, string? notifyId, string fingerprint, CancellationToken _) => db.PaymentNotifications
            .Where(n => n.NotifyId == notifyId && n.Fingerprint == fingerprint
                && (n.Outcome == NotificationOutcome.Applied || n.Outcome == NotificationOutcome.NoChange || n.Outcome == NotificationOutcome.Duplicate))
            .Select(n => new AppliedArrival(n.OrderId))
            .FirstOrDefault());

    private static readonly Func<ShopDbContext, long, string?, string, CancellationToken, Task<bool>> IsCopyOfApplied =
        EF.CompileAsyncQuery((ShopDbContext db, long recordId, string? notifyId, string fingerprint, CancellationToken _) => db.PaymentNotifications
            .Any(n => n.Id != recordId && n.NotifyId == notifyId && n.Fingerprint == fingerprint
                && (n.Outcome == NotificationOutcome.Applied || n.Outcome == NotificationOutcome.NoChange || n.Outcome == NotificationOutcome.Duplicate)));

    private static readonly Func<ShopDbContext, string?, Task<Order?>> OrderWithLines =
        EF.CompileAsyncQuery((ShopDbContext db, string? number) => db.Orders.Include(o => o.Lines).FirstOrDefault(o => o.Number == number));

    private static readonly Func<ShopDbContext, string, Task<bool>> HasInterrupted =
        EF.CompileAsyncQuery((ShopDbContext db, string notifyId) => db.PaymentNotifications
            .Any(n => n.NotifyId == notifyId && n.Outcome == NotificationOutcome.Interrupted));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// A notify or return, with the parameters decoded in the charset they came in;
    /// <paramref name="evidence"/> is what is kept of it if its signature is not the shop's.
    /// </summary>
    public async Task<NotificationResult> ProcessAsync(
        NotificationChannel channel, IReadOnlyDictionary<string, string> parameters, AlipayCharset charset,
        RequestEvidence evidence, CancellationToken cancellationToken)
    {
        var notification = AlipayNotification.Parse(parameters);
        var signature = new AlipayNotificationVerifier(options.CurrentValue.Merchant(), notifyIds).VerifySignature(notification, charset);
        if (!signature.IsVerified)
        {
            // A refund's result names its batch instead of an order: the evidence is filed under it.
            await rejected.RecordAsync(channel, RejectionReason.BadSignature, signature.Reason, evidence, notification.OutTradeNo ?? notification.BatchNo, cancellationToken);
            return new NotificationResult(NotificationOutcome.Rejected, signature.Reason, notification.OutTradeNo, null);
        }

        if (await StoreIfCopyOfAppliedAsync(channel, notification, charset, cancellationToken) is { } copy)
        {
            return copy;
        }

        var orderNumber = notification.OutTradeNo;
        if (notification.IsBatchRefund)
        {
            // A refund's result names the shop's batch, not the order (docs/alipay-protocol.md §6a).
            orderNumber = await OrderOfBatchAsync(notification.BatchNo, cancellationToken);
            if (orderNumber is null)
            {
                var unknown = $"batch_no {notification.BatchNo ?? "(none)"} is not a refund this shop asked for.";
                await rejected.RecordAsync(channel, RejectionReason.UnknownRefundBatch, unknown, evidence, notification.BatchNo, cancellationToken);
                return new NotificationResult(NotificationOutcome.Rejected, unknown, null, null);
            }
        }

        var record = await StoreAsync(channel, notification, charset, orderNumber);
        await using (await locks.AcquireOrderAsync(orderNumber ?? "", cancellationToken))
        {
            NotificationResult result;
            try
            {
                result = await VerifyAndApplyAsync(record, notification, charset, cancellationToken);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogError(e, "Notification {Id} for {OutTradeNo} could not be applied", record.Id, orderNumber);
                db.ChangeTracker.Clear();
                result = new NotificationResult(NotificationOutcome.Failed, "Could not be applied now: " + e.Message, orderNumber, null);
            }
            catch (OperationCanceledException)
            {
                // The caller stopped waiting (or the shop is stopping): no answer went out, so Alipay sends it again.
                db.ChangeTracker.Clear();
                await FinishAsync(record.Id, new NotificationResult(
                    NotificationOutcome.Failed, "Cut off before an answer was sent: the request was aborted.", orderNumber, null));
                throw;
            }
            await FinishAsync(record.Id, result);
            if (result.Acknowledge && record.NotifyId is { } notifyId)
            {
                await SupersedeInterruptedAsync(notifyId, record.Id);
            }
            return result;
        }
    }

    /// <summary>
    /// What single_trade_query answered for an order (reconcile, or a check before closing it):
    /// the answer came straight from the gateway over the shop's own call, so there is no
    /// notify_id to verify, but everything else is checked and applied the same way.
    /// </summary>
    public async Task<NotificationResult> ApplyTradeQueryAsync(AlipayTrade trade, CancellationToken cancellationToken)
    {
        var parameters = TradeQueryParameters.From(trade);
        var notification = AlipayNotification.Parse(parameters);
        var record = await StoreAsync(NotificationChannel.Query, notification, options.CurrentValue.Merchant().InputCharset, notification.OutTradeNo);
        await using (await locks.AcquireOrderAsync(notification.OutTradeNo ?? "", cancellationToken))
        {
            var seller = options.CurrentValue.Merchant().SellerAccountId;
            var result = trade.SellerId is { } sellerId && sellerId != seller
                ? new NotificationResult(NotificationOutcome.Rejected, $"seller_id {sellerId} is not this shop's.", trade.OutTradeNo, null)
                : await ApplyAsync(record.Id, notification);
            await FinishAsync(record.Id, result);
            return result;
        }
    }

    private async Task<NotificationResult> VerifyAndApplyAsync(
        PaymentNotification record, AlipayNotification notification, AlipayCharset charset, CancellationToken cancellationToken)
    {
        var verifier = new AlipayNotificationVerifier(options.CurrentValue.Merchant(), notifyIds);

        // An exact copy of a notification already applied is answered without asking notify_verify
        // again: Alipay answers false for an id it saw acknowledged, and the copy changes nothing.
        var copy = await IsCopyOfApplied(db, record.Id, record.NotifyId, record.Fingerprint, cancellationToken);
        if (copy && record.NotifyId is not null)
        {
            return new NotificationResult(NotificationOutcome.Duplicate, "A copy of a notification already applied.", notification.OutTradeNo, null);
        }

        var verification = await verifier.VerifyAsync(notification, charset, cancellationToken);
        if (verification.IsTransient)
        {
            return new NotificationResult(NotificationOutcome.Failed, verification.Reason, notification.OutTradeNo, null);
        }
        if (!verification.IsVerified)
        {
            return Rejected(notification, verification.Reason);
        }
        return await ApplyAsync(record.Id, notification);
    }

    private async Task<NotificationResult> ApplyAsync(long recordId, AlipayNotification notification)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryApplyAsync(recordId, notification);
            }
            catch (DbUpdateConcurrencyException) when (attempt < ConcurrencyRetries)
            {
                // Another writer moved the order (or took a code) first: read it again and re-decide.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<NotificationResult> TryApplyAsync(long recordId, AlipayNotification notification)
    {
        if (notification.IsBatchRefund)
        {
            return await TryApplyRefundAsync(recordId, notification);
        }
        var order = await OrderWithLines(db, notification.OutTradeNo);
        if (order is null)
        {
            return Rejected(notification, $"No order {notification.OutTradeNo}.");
        }
        if (notification.TotalFee is not { } totalFee)
        {
            return Rejected(notification, "total_fee is missing or malformed.", order);
        }
        // A total the seller changed on Alipay is taken only where the service lets the seller change it;
        // the order then holds virtual goods paid for with less (docs/alipay-protocol.md §4).
        var adjusted = notification.IsTotalFeeAdjust == true && AlipayServices.AllowsTotalFeeAdjust(order.PaymentService);
        if (totalFee != order.Total && !adjusted)
        {
            return await RejectedAmountAsync(recordId, notification, order, totalFee);
        }

        var report = new PaymentReport(
            Describe(notification),
            notification.TradeNo,
            notification.BuyerEmail ?? notification.BuyerId,
            totalFee,
            notification.GmtPayment?.UtcDateTime,
            notification.GmtSendGoods?.UtcDateTime,
            notification.GmtClose?.UtcDateTime,
            notification.GmtRefund?.UtcDateTime);
        var changes = TradeStatusEvents.For(notification.TradeStatus, notification.RefundStatus)
            .Select(paymentEvent => order.ApplyPayment(paymentEvent, report, Now, recordId))
            .ToList();

        if (changes.Any(c => c.Closed || c.RefundedBeforeShipping))
        {
            await stock.ReleaseAsync(order);
        }
        var escrowRefund = order.PaidThroughEscrow
            && order.RecordAlipayRefundState(EscrowRefundStates.From(notification.RefundStatus), Now, recordId);
        if (changes.Any(c => c.CompletedByPayment) && order.Status == OrderStatus.Completed && order.Kind == OrderKind.Virtual)
        {
            await delivery.DeliverAsync(order, Now);
        }

        var changed = changes.Any(c => c.Changed) || escrowRefund;
        if (changed)
        {
            await mail.OrderChangedAsync(order, changes[0].FromStatus, changes[0].FromPayment);
        }
        var outcome = changed ? NotificationOutcome.Applied : NotificationOutcome.NoChange;
        var detail = changed
            ? $"{changes[0].FromStatus}/{changes[0].FromPayment} -> {order.Status}/{order.PaymentState}"
            : $"Order already {order.Status}/{order.PaymentState}.";
        RecordOutcome(recordId, order.Id, outcome, detail);
        await db.SaveChangesAsync();

        if (changed)
        {
            events.Publish(order.Number);
        }
        return new NotificationResult(outcome, detail, order.Number, order.Kind);
    }

    /// <summary>
    /// Alipay's result for a refund the shop asked for: verified like any notification, then
    /// applied once to the refund it names (docs/alipay-protocol.md §6a). Success mails the buyer
    /// and, when everything is back before shipping, returns the stock; a failure mails the admins
    /// and leaves the order paid.
    /// </summary>
    private async Task<NotificationResult> TryApplyRefundAsync(long recordId, AlipayNotification notification)
    {
        var batchNo = notification.BatchNo ?? "";
        var order = await db.Orders.Include(o => o.Lines).Include(o => o.Refunds)
            .FirstOrDefaultAsync(o => o.Refunds.Any(r => r.BatchNo == batchNo));
        if (order is null)
        {
            return Rejected(notification, $"batch_no {batchNo} is not a refund this shop asked for.");
        }
        if (notification.ResultDetails.FirstOrDefault(d => d.TradeNo == order.AlipayTradeNo) is not { } detail)
        {
            return Rejected(notification, $"result_details names no result for trade {order.AlipayTradeNo} of batch {batchNo}.", order);
        }

        var result = order.ApplyRefundResult(batchNo, detail.Succeeded, detail.Amount, detail.Result, Now, recordId)!;
        switch (result.Outcome)
        {
            case RefundOutcome.Succeeded:
                if (result.Change.RefundedBeforeShipping)
                {
                    await stock.ReleaseAsync(order);
                }
                await mail.RefundedAsync(order, result.Refund.Amount, batchNo);
                break;
            case RefundOutcome.Failed:
                await mail.RefundFailedAsync(order, batchNo, $"{detail.Result}: {AlipayErrorExplanations.Explain(detail.Result, order.Culture ?? "zh-CN")}");
                break;
        }

        var changed = result.Outcome != RefundOutcome.AlreadyResolved;
        var outcome = changed ? NotificationOutcome.Applied : NotificationOutcome.NoChange;
        var description = changed
            ? $"Refund {batchNo} {result.Outcome}: {result.Change.FromStatus}/{result.Change.FromPayment} -> {order.Status}/{order.PaymentState}"
            : $"Refund {batchNo} already {result.Refund.State}.";
        RecordOutcome(recordId, order.Id, outcome, description);
        await db.SaveChangesAsync();

        if (changed)
        {
            events.Publish(order.Number);
        }
        return new NotificationResult(outcome, description, order.Number, order.Kind);
    }

    private Task<string?> OrderOfBatchAsync(string? batchNo, CancellationToken cancellationToken) =>
        batchNo is null
            ? Task.FromResult<string?>(null)
            : db.Orders.AsNoTracking().Where(o => o.Refunds.Any(r => r.BatchNo == batchNo)).Select(o => o.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// An exact copy (same notify_id and fingerprint) of a notification already applied, found by one
    /// indexed read, is stored as the duplicate it is, in one insert, and answered at once: Alipay
    /// sends copies until it reads <c>success</c>, often many (docs/alipay-protocol.md §4). Null for
    /// anything else, which goes the whole way; a copy of one still being applied waits its turn there.
    /// </summary>
    private async Task<NotificationResult?> StoreIfCopyOfAppliedAsync(
        NotificationChannel channel, AlipayNotification notification, AlipayCharset charset, CancellationToken cancellationToken)
    {
        if (notification.NotifyId is null)
        {
            return null;
        }
        var notifyId = Truncate(notification.NotifyId, 200);
        var fingerprint = NotificationFingerprint.Of(notification.Parameters);
        var applied = await AppliedArrivalOf(db, notifyId, fingerprint, cancellationToken);
        if (applied is null)
        {
            return null;
        }
        var result = new NotificationResult(NotificationOutcome.Duplicate, "A copy of a notification already applied.", notification.OutTradeNo, null);
        var record = NewRecord(channel, notification, charset, fingerprint, notification.OutTradeNo);
        record.Outcome = result.Outcome;
        record.Detail = result.Detail;
        record.OrderId = applied.OrderId;
        record.ProcessedAt = Now;
        await InsertAsync(record);
        return result;
    }

    private async Task<PaymentNotification> StoreAsync(NotificationChannel channel, AlipayNotification notification, AlipayCharset charset, string? orderNumber)
    {
        var record = NewRecord(channel, notification, charset, NotificationFingerprint.Of(notification.Parameters), orderNumber);
        await InsertAsync(record);
        return record;
    }

    private const string InsertArrival = """
        INSERT INTO "PaymentNotifications" ("Channel", "ReceivedAt", "Charset", "Parameters", "NotifyId", "OutTradeNo", "TradeNo",
            "TradeStatus", "RefundStatus", "Fingerprint", "Outcome", "Detail", "OrderId", "ProcessedAt")
        VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12}, {13})
        RETURNING "Id"
        """;

    /// <summary>
    /// Stores an arrival by one INSERT of its own, never tracked: the row is written whole at once,
    /// and EF Core's save (change tracking, the save's interceptors, building the command) cost
    /// several times the INSERT itself for a row that nothing else in the save touches. It is run as
    /// a raw command, as <c>ExecuteSqlRaw</c> runs one: <c>SqlQuery</c> builds a LINQ query around the
    /// SQL and looks it up in the query cache every time, which cost about as much as the insert
    /// (README: What makes notifications cheap). Its commit is not flushed to disk by itself
    /// (<see cref="SqlitePragmas.WithoutFlushAsync"/>).
    /// </summary>
    private async Task InsertAsync(PaymentNotification record)
    {
        object?[] values =
        [
            record.Channel.ToString(), record.ReceivedAt, record.Charset, record.Parameters, record.NotifyId, record.OutTradeNo,
            record.TradeNo, record.TradeStatus, record.RefundStatus, record.Fingerprint, record.Outcome.ToString(), record.Detail,
            record.OrderId, record.ProcessedAt,
        ];
        var insert = db.GetService<IRawSqlCommandBuilder>().Build(InsertArrival, values!);
        var id = await SqlitePragmas.WithoutFlushAsync(db, () => insert.RelationalCommand.ExecuteScalarAsync(new RelationalCommandParameterObject(
            db.GetService<IRelationalConnection>(), insert.ParameterValues, null, db,
            db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.ExecuteSqlRaw)));
        record.Id = Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    private PaymentNotification NewRecord(NotificationChannel channel, AlipayNotification notification, AlipayCharset charset, string fingerprint, string? orderNumber) =>
        new()
        {
            Channel = channel,
            ReceivedAt = Now,
            Charset = charset.Name,
            Parameters = JsonSerializer.Serialize(notification.Parameters),
            NotifyId = Truncate(notification.NotifyId, 200),
            OutTradeNo = Truncate(orderNumber, 64),
            TradeNo = Truncate(notification.TradeNo, 64),
            TradeStatus = Truncate(notification.TradeStatusText, 64),
            RefundStatus = Truncate(notification.RefundStatusText, 64),
            Fingerprint = fingerprint,
            Outcome = NotificationOutcome.Received,
        };

    /// <summary>
    /// The stored arrival's outcome, written by the caller's next save (the one that applies it): the
    /// row is attached as a stub with only these four columns marked changed, not read back first.
    /// </summary>
    private void RecordOutcome(long recordId, int orderId, NotificationOutcome outcome, string detail)
    {
        var record = new PaymentNotification { Id = recordId, OrderId = orderId, Outcome = outcome, Detail = detail, ProcessedAt = Now };
        var entry = db.PaymentNotifications.Attach(record);
        // By name: a lambda here is an expression tree built and taken apart on every call.
        entry.Property(nameof(PaymentNotification.OrderId)).IsModified = true;
        entry.Property(nameof(PaymentNotification.Outcome)).IsModified = true;
        entry.Property(nameof(PaymentNotification.Detail)).IsModified = true;
        entry.Property(nameof(PaymentNotification.ProcessedAt)).IsModified = true;
    }

    /// <summary>
    /// Records the outcome on the stored arrival, unless the save that applied it (or refused its
    /// amount) already did: one conditional update, with the order looked up inside it.
    /// </summary>
    private async Task FinishAsync(long recordId, NotificationResult result)
    {
        db.ChangeTracker.Clear();
        if (result.Outcome is not (NotificationOutcome.Applied or NotificationOutcome.NoChange))
        {
            var detail = Truncate(result.Detail, 1000);
            var now = Now;
            var orderNumber = result.OrderNumber;
            await db.PaymentNotifications
                .Where(n => n.Id == recordId && n.Outcome == NotificationOutcome.Received)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(n => n.Outcome, result.Outcome)
                    .SetProperty(n => n.Detail, detail)
                    .SetProperty(n => n.ProcessedAt, now)
                    .SetProperty(n => n.OrderId, n => n.OrderId ?? db.Orders.Where(o => o.Number == orderNumber).Select(o => (int?)o.Id).FirstOrDefault()));
        }
        if (!result.Acknowledge)
        {
            logger.LogWarning("Notification {Id} for {OutTradeNo}: {Outcome}: {Detail}", recordId, result.OrderNumber, result.Outcome, result.Detail);
        }
    }

    /// <summary>A total that is not the order's is refused, and the admins told, in one save (docs/alipay-protocol.md).</summary>
    private async Task<NotificationResult> RejectedAmountAsync(long recordId, AlipayNotification notification, Order order, decimal totalFee)
    {
        var result = Rejected(notification, $"total_fee {AlipayAmount.Format(totalFee)} is not the order total {AlipayAmount.Format(order.Total)}.", order);
        await mail.AmountMismatchAsync(order, totalFee);
        RecordOutcome(recordId, order.Id, result.Outcome, result.Detail);
        await db.SaveChangesAsync();
        return result;
    }

    /// <summary>
    /// Copies of this notification that a crash cut off (<see cref="NotificationOutcome.Interrupted"/>)
    /// are finished by this one, which Alipay sent again with the same notify_id.
    /// </summary>
    private async Task SupersedeInterruptedAsync(string notifyId, long finishedBy)
    {
        // Almost always there are none: a read first, since an update, even of no row, waits for the database's write lock.
        if (!await HasInterrupted(db, notifyId))
        {
            return;
        }
        await db.PaymentNotifications
            .Where(n => n.NotifyId == notifyId && n.Outcome == NotificationOutcome.Interrupted)
            .ExecuteUpdateAsync(set => set
                .SetProperty(n => n.Outcome, NotificationOutcome.Superseded)
                .SetProperty(n => n.Detail, $"Finished by notification {finishedBy}, which Alipay sent again.")
                .SetProperty(n => n.ProcessedAt, Now));
    }

    private NotificationResult Rejected(AlipayNotification notification, string reason, Order? order = null)
    {
        db.ChangeTracker.Clear();
        return new NotificationResult(NotificationOutcome.Rejected, reason, order?.Number ?? notification.OutTradeNo, order?.Kind);
    }

    private static string Describe(AlipayNotification notification) =>
        notification.RefundStatusText is { Length: > 0 } refund
            ? $"{notification.TradeStatusText} / {refund}"
            : notification.TradeStatusText ?? "(no trade_status)";

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];

    /// <summary>What the copy of an applied notification needs of the arrival it copies.</summary>
    private sealed record AppliedArrival(int? OrderId);
}
