using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// refund_fastpay_by_platform_pwd (docs/alipay-protocol.md §6a): the request is checked against
/// the trades it names and its batch_no used up, the seller confirms with the password, then each
/// trade is refunded and the batch's result is sent (batch_refund_notify), followed by each
/// refunded trade's own notification.
/// </summary>
public class SandboxRefunds(SandboxDbContext db, NotificationQueue notifications, TimeProvider clock)
{
    /// <summary>For a request that passed <see cref="GatewayRequestCheck"/>.</summary>
    public async Task<RefundOutcome> OpenAsync(SandboxMerchant merchant, GatewayRequest request, CancellationToken cancellationToken)
    {
        var batchNo = request.Parameters["batch_no"];
        if (await db.RefundBatches.AnyAsync(b => b.Partner == merchant.Partner && b.BatchNo == batchNo, cancellationToken))
        {
            return RefundOutcome.Refused(new(AlipayErrorCodes.BatchNoDuplicate, "batch_no", $"{batchNo} was used before by partner {merchant.Partner}"));
        }

        // Used up from here on, whatever comes of it.
        var batch = SandboxRefundBatch.Take(
            merchant.Partner, batchNo, request.Charset.Name, request.Parameters.GetValueOrDefault("notify_url"),
            request.Parameters["detail_data"], clock.GetUtcNow().UtcDateTime);
        db.RefundBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (tradeNo, amount, _) in batch.Records)
        {
            var trade = await FindTradeAsync(merchant.Partner, tradeNo, cancellationToken);
            if (trade is null)
            {
                return RefundOutcome.Refused(new(AlipayErrorCodes.TradeNotExist, "detail_data", $"trade {tradeNo} does not exist for partner {merchant.Partner}"));
            }

            if (trade.RefusalOfPlatformRefund(amount) is { } code)
            {
                return RefundOutcome.Refused(new(code, "detail_data", code == AlipayErrorCodes.TotalRefundFeeExceed
                    ? $"{Amount(amount)} is more than the {Amount(trade.RefundableAmount)} left of trade {tradeNo}"
                    : $"trade {tradeNo} is {AlipayStatusNames.NameOf(trade.Status)}{(trade.PaidIntoEscrow ? ", paid into escrow" : "")}: it cannot be refunded with this service"));
            }
        }

        return RefundOutcome.Shown(batch);
    }

    public Task<SandboxRefundBatch?> FindAsync(int batchId, CancellationToken cancellationToken) =>
        db.RefundBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);

    /// <summary>The seller confirmed: each trade is refunded if it still can be, and the results queued. Null for no such batch.</summary>
    public async Task<SandboxRefundBatch?> ConfirmAsync(int batchId, CancellationToken cancellationToken)
    {
        var batch = await db.RefundBatches.SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || batch.IsConfirmed)
        {
            return batch;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var results = new List<string>();
        var refunded = new List<SandboxTrade>();
        SandboxTrade? first = null;
        foreach (var (tradeNo, amount, _) in batch.Records)
        {
            var trade = await FindTradeAsync(batch.Partner, tradeNo, cancellationToken);
            first ??= trade;
            var code = trade is null ? AlipayErrorCodes.TradeNotExist : trade.RefusalOfPlatformRefund(amount);
            if (code is null)
            {
                trade!.Refund(amount, now);
                refunded.Add(trade);
            }

            results.Add($"{tradeNo}^{Amount(amount)}^{code ?? RefundParameters.Success}");
        }

        batch.Confirm(string.Join('#', results), refunded.Count, now);
        if (first is not null)
        {
            await notifications.AddBatchRefundAsync(first, batch, cancellationToken);
        }

        foreach (var trade in refunded)
        {
            await notifications.AddAsync(trade, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }

    private Task<SandboxTrade?> FindTradeAsync(string partner, string tradeNo, CancellationToken cancellationToken) =>
        db.Trades.SingleOrDefaultAsync(t => t.TradeNo == tradeNo && t.Request.Partner == partner, cancellationToken);

    private static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
