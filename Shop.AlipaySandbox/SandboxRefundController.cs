using Microsoft.AspNetCore.Mvc;

namespace Shop.AlipaySandbox;

/// <summary>The seller's password page of a refund batch: confirming refunds the trades and sends the results.</summary>
[Route("/sandbox/alipay/refund/{batchId:int}")]
[AutoValidateAntiforgeryToken]
public class SandboxRefundController(SandboxRefunds refunds) : Controller
{
    [HttpPost("confirm")]
    public async Task<IActionResult> Confirm(int batchId, [FromForm] string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(password))
        {
            var waiting = await refunds.FindAsync(batchId, cancellationToken);
            if (waiting is null)
            {
                return NotFound();
            }

            ViewData["PasswordMissing"] = true;
            return View(SandboxViews.RefundConfirm, waiting);
        }

        var batch = await refunds.ConfirmAsync(batchId, cancellationToken);
        return batch is null ? NotFound() : View(SandboxViews.RefundDone, batch);
    }
}
