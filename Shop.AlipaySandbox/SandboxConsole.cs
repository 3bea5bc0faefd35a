using Microsoft.EntityFrameworkCore;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// The sandbox console: looking at trades and their notifications, and acting as the buyer or
/// as Alipay on them. Every change queues the notification Alipay would send for it.
/// </summary>
public class SandboxConsole(SandboxDbContext db, NotificationQueue notifications, TimeProvider clock)
{
    public const int TradesListed = 200;

    public Task<List<SandboxTrade>> ListTradesAsync(CancellationToken cancellationToken) =>
        db.Trades.AsNoTracking().OrderByDescending(t => t.Id).Take(TradesListed).ToListAsync(cancellationToken);

    /// <summary>The trade with its notifications and their attempts.</summary>
    public Task<SandboxTrade?> FindTradeAsync(string tradeNo, CancellationToken cancellationToken) =>
        db.Trades.AsNoTracking()
            .Include(t => t.Notifications).ThenInclude(n => n.Attempts)
            .AsSplitQuery()
            .SingleOrDefaultAsync(t => t.TradeNo == tradeNo, cancellationToken);

    /// <summary>The faults waiting for the trade's next notifications; all global ones when <paramref name="tradeId"/> is null.</summary>
    public Task<List<NotificationFault>> WaitingFaultsAsync(int? tradeId, CancellationToken cancellationToken) =>
        db.Faults.AsNoTracking().Where(f => f.TradeId == tradeId).OrderBy(f => f.Id).ToListAsync(cancellationToken);

    /// <summary>The buyer confirms receipt of shipped goods, or an instant payment's refund period ends.</summary>
    public Task<ConsoleOutcome> FinishAsync(string tradeNo, CancellationToken cancellationToken) =>
        ChangeAsync(tradeNo, t => t.CanFinish, t => t.Finish(Now), notify: _ => true, cancellationToken);

    public Task<ConsoleOutcome> CloseAsync(string tradeNo, CancellationToken cancellationToken) =>
        ChangeAsync(tradeNo, t => t.CanClose, t => t.Close(Now), notify: t => t.NotifiesBeforePayment, cancellationToken);

    public Task<ConsoleOutcome> RefundAsync(string tradeNo, string? amount, CancellationToken cancellationToken)
    {
        if (AlipayAmount.Validate(amount?.Trim(), out var refund) != AlipayAmountProblem.None)
        {
            return Task.FromResult(ConsoleOutcome.InvalidAmount);
        }

        return ChangeAsync(tradeNo, t => t.CanRefund && refund <= t.RefundableAmount, t => t.Refund(refund, Now), notify: _ => true, cancellationToken);
    }

    /// <summary>
    /// Buyer and seller negotiate an escrow trade's refund on Alipay: the trade reports
    /// <paramref name="state"/> (a refund_status name), and REFUND_SUCCESS closes it.
    /// </summary>
    public Task<ConsoleOutcome> NegotiateRefundAsync(string tradeNo, string? state, CancellationToken cancellationToken)
    {
        if (AlipayStatusNames.ParseRefundStatus(state) is not { } refundStatus || refundStatus == RefundStatus.Unknown)
        {
            return Task.FromResult(ConsoleOutcome.NotAllowed);
        }

        return ChangeAsync(tradeNo, t => t.CanNegotiateRefund, t => t.Negotiate(refundStatus, Now), notify: _ => true, cancellationToken);
    }

    /// <summary>The seller changes the total before payment; the next notifications say is_total_fee_adjust=Y.</summary>
    public Task<ConsoleOutcome> AdjustTotalFeeAsync(string tradeNo, string? totalFee, CancellationToken cancellationToken)
    {
        if (AlipayAmount.Validate(totalFee?.Trim(), out var total) != AlipayAmountProblem.None)
        {
            return Task.FromResult(ConsoleOutcome.InvalidAmount);
        }

        return ChangeAsync(tradeNo, t => t.CanAdjustTotalFee, t => t.AdjustTotalFee(total), notify: t => t.NotifiesBeforePayment, cancellationToken);
    }

    public async Task<ConsoleOutcome> ResendAsync(string tradeNo, CancellationToken cancellationToken)
    {
        var trade = await db.Trades.Include(t => t.Notifications).SingleOrDefaultAsync(t => t.TradeNo == tradeNo, cancellationToken);
        if (trade is null)
        {
            return ConsoleOutcome.NoSuchTrade;
        }

        if (!notifications.Resend(trade))
        {
            return ConsoleOutcome.NotAllowed;
        }

        await db.SaveChangesAsync(cancellationToken);
        return ConsoleOutcome.Done;
    }

    /// <summary>A fault for the next <paramref name="count"/> notifications of the trade, or of any trade when <paramref name="tradeNo"/> is null.</summary>
    public async Task<ConsoleOutcome> AddFaultAsync(
        string? tradeNo, FaultKind kind, int delaySeconds, int count, CancellationToken cancellationToken)
    {
        int? tradeId = null;
        if (tradeNo is not null)
        {
            tradeId = await db.Trades.Where(t => t.TradeNo == tradeNo).Select(t => (int?)t.Id).SingleOrDefaultAsync(cancellationToken);
            if (tradeId is null)
            {
                return ConsoleOutcome.NoSuchTrade;
            }
        }

        if (!Enum.IsDefined(kind) || count is < 1 or > 100 || (kind == FaultKind.Delay && delaySeconds is < 1 or > 86_400))
        {
            return ConsoleOutcome.NotAllowed;
        }

        db.Faults.Add(NotificationFault.For(tradeId, kind, delaySeconds, count, Now));
        await db.SaveChangesAsync(cancellationToken);
        return ConsoleOutcome.Done;
    }

    public async Task RemoveFaultAsync(int faultId, CancellationToken cancellationToken) =>
        await db.Faults.Where(f => f.Id == faultId).ExecuteDeleteAsync(cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<ConsoleOutcome> ChangeAsync(
        string tradeNo,
        Func<SandboxTrade, bool> allowed,
        Action<SandboxTrade> change,
        Func<SandboxTrade, bool> notify,
        CancellationToken cancellationToken)
    {
        var trade = await db.Trades.SingleOrDefaultAsync(t => t.TradeNo == tradeNo, cancellationToken);
        if (trade is null)
        {
            return ConsoleOutcome.NoSuchTrade;
        }

        if (!allowed(trade))
        {
            return ConsoleOutcome.NotAllowed;
        }

        change(trade);
        if (notify(trade))
        {
            await notifications.AddAsync(trade, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ConsoleOutcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ConsoleOutcome.NotAllowed;
        }
    }
}
