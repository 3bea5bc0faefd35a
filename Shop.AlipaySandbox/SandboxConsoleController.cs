using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Shop.AlipaySandbox;

/// <summary>
/// The sandbox console: trades, notifications and attempts, and the buyer's and Alipay's
/// actions on a trade. Its forms are ordinary pages of this app, so they carry anti-forgery tokens.
/// </summary>
[Route("/sandbox/alipay")]
[AutoValidateAntiforgeryToken]
public class SandboxConsoleController(SandboxConsole console, IStringLocalizer<SandboxResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(SandboxViews.ConsoleIndex, new ConsoleIndexPage(
            await console.ListTradesAsync(cancellationToken),
            await console.WaitingFaultsAsync(null, cancellationToken)));

    [HttpGet("trades/{tradeNo}")]
    public async Task<IActionResult> Trade(string tradeNo, CancellationToken cancellationToken)
    {
        var trade = await console.FindTradeAsync(tradeNo, cancellationToken);
        return trade is null
            ? NotFound()
            : View(SandboxViews.ConsoleTrade, new ConsoleTradePage(trade, await console.WaitingFaultsAsync(trade.Id, cancellationToken)));
    }

    [HttpPost("trades/{tradeNo}/finish")]
    public async Task<IActionResult> Finish(string tradeNo, CancellationToken cancellationToken) =>
        BackToTrade(tradeNo, await console.FinishAsync(tradeNo, cancellationToken), localizer["The trade is finished."]);

    [HttpPost("trades/{tradeNo}/close")]
    public async Task<IActionResult> Close(string tradeNo, CancellationToken cancellationToken) =>
        BackToTrade(tradeNo, await console.CloseAsync(tradeNo, cancellationToken), localizer["The trade is closed."]);

    [HttpPost("trades/{tradeNo}/refund")]
    public async Task<IActionResult> Refund(string tradeNo, string? amount, CancellationToken cancellationToken) =>
        BackToTrade(tradeNo, await console.RefundAsync(tradeNo, amount, cancellationToken), localizer["The refund is done."]);

    [HttpPost("trades/{tradeNo}/escrow-refund")]
    public async Task<IActionResult> EscrowRefund(string tradeNo, string? state, CancellationToken cancellationToken) =>
        BackToTrade(tradeNo, await console.NegotiateRefundAsync(tradeNo, state, cancellationToken), localizer["The trade reports the new refund state."]);

    [HttpPost("trades/{tradeNo}/adjust-price")]
    public async Task<IActionResult> AdjustPrice(string tradeNo, string? totalFee, CancellationToken cancellationToken) =>
        BackToTrade(tradeNo, await console.AdjustTotalFeeAsync(tradeNo, totalFee, cancellationToken), localizer["The price is changed."]);

    [HttpPost("trades/{tradeNo}/resend")]
    public async Task<IActionResult> Resend(string tradeNo, CancellationToken cancellationToken) =>
        BackToTrade(tradeNo, await console.ResendAsync(tradeNo, cancellationToken), localizer["The latest notification is queued again."]);

    [HttpPost("trades/{tradeNo}/faults")]
    public async Task<IActionResult> AddTradeFault(
        string tradeNo, FaultKind kind, int delaySeconds, int count, CancellationToken cancellationToken) =>
        BackToTrade(
            tradeNo,
            await console.AddFaultAsync(tradeNo, kind, delaySeconds, count, cancellationToken),
            localizer["The fault waits for the next notification."]);

    [HttpPost("faults")]
    public async Task<IActionResult> AddGlobalFault(FaultKind kind, int delaySeconds, int count, CancellationToken cancellationToken)
    {
        var outcome = await console.AddFaultAsync(null, kind, delaySeconds, count, cancellationToken);
        Report(outcome, localizer["The fault waits for the next notification."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("faults/{faultId:int}/remove")]
    public async Task<IActionResult> RemoveFault(int faultId, string? tradeNo, CancellationToken cancellationToken)
    {
        await console.RemoveFaultAsync(faultId, cancellationToken);
        TempData["Message"] = localizer["The fault is removed."].Value;
        return tradeNo is null ? RedirectToAction(nameof(Index)) : RedirectToAction(nameof(Trade), new { tradeNo });
    }

    private IActionResult BackToTrade(string tradeNo, ConsoleOutcome outcome, string done)
    {
        if (outcome == ConsoleOutcome.NoSuchTrade)
        {
            return NotFound();
        }

        Report(outcome, done);
        return RedirectToAction(nameof(Trade), new { tradeNo });
    }

    private void Report(ConsoleOutcome outcome, string done)
    {
        if (outcome == ConsoleOutcome.Done)
        {
            TempData["Message"] = done;
            return;
        }

        TempData["Warning"] = outcome == ConsoleOutcome.InvalidAmount
            ? localizer["Enter an amount in yuan with at most two decimals, like 10.50."].Value
            : localizer["The trade's status does not allow this, or the values are out of range."].Value;
    }
}
