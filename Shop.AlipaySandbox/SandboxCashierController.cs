using Microsoft.AspNetCore.Mvc;

namespace Shop.AlipaySandbox;

/// <summary>The buttons of the cashier page: pay (then back to the shop's return_url), or leave.</summary>
[Route("/sandbox/alipay/cashier/{tradeNo}")]
[AutoValidateAntiforgeryToken]
public class SandboxCashierController(SandboxCashier cashier) : Controller
{
    [HttpPost("pay")]
    public async Task<IActionResult> Pay(string tradeNo, [FromForm] PaymentChoice? choice, CancellationToken cancellationToken)
    {
        if (choice is null)
        {
            return BadRequest();
        }

        var outcome = await cashier.PayAsync(tradeNo, choice.Value, cancellationToken);
        if (outcome.Violation is { } refusal)
        {
            return View(SandboxViews.GatewayError, refusal);
        }

        if (outcome.Trade is null)
        {
            return NotFound();
        }

        return outcome.ReturnUrl is { } returnUrl ? Redirect(returnUrl) : View(SandboxViews.Paid, outcome.Trade);
    }

    /// <summary>Where "leave" goes when the merchant sent no show_url; the trade stays unpaid.</summary>
    [HttpGet("left")]
    public async Task<IActionResult> Left(string tradeNo, CancellationToken cancellationToken)
    {
        var trade = await cashier.FindAsync(tradeNo, cancellationToken);
        return trade is null ? NotFound() : View(SandboxViews.Left, trade);
    }
}
