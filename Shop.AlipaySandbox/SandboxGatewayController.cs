using Microsoft.AspNetCore.Mvc;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// gateway.do: every service on one address, as on Alipay. It stands for an outside system, so
/// it takes no anti-forgery token; it reads the raw query and body itself (see <see cref="GatewayRequest"/>).
/// Page services answer HTML (the cashier, or Alipay's error page, both with status 200 like
/// Alipay), server services answer XML, notify_verify answers one word.
/// </summary>
[IgnoreAntiforgeryToken]
public class SandboxGatewayController(
    GatewayRequestCheck check,
    SandboxCashier cashier,
    SandboxRefunds refunds,
    PlatformServices platform,
    NotifyVerification verification) : Controller
{
    public const string Path = "/sandbox/alipay/gateway.do";

    // No parameters at all: MVC would read the form (as UTF-8) to bind any, even a CancellationToken,
    // and the raw body would be gone.
    [AcceptVerbs("GET", "POST", Route = Path)]
    public async Task<IActionResult> Gateway()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var request = await GatewayRequest.ReadAsync(Request, cancellationToken);
        if (request.Service == AlipayServices.NotifyVerify)
        {
            return Content(await verification.AnswerAsync(request.Parameters, cancellationToken), "text/plain");
        }

        var admission = check.Admit(request);
        if (PlatformServices.Answers(request.Service))
        {
            var answer = admission.IsAdmitted
                ? await platform.AnswerAsync(admission.Merchant!, request, cancellationToken)
                : AlipayXmlAnswer.Failed(admission.Violation!.ErrorCode);
            return File(answer.ToXml(request.Charset), $"text/xml; charset={request.Charset.Name}");
        }

        if (admission.Violation is { } violation)
        {
            return View(SandboxViews.GatewayError, violation);
        }

        if (request.Service == AlipayServices.RefundFastpayByPlatformPwd)
        {
            var refund = await refunds.OpenAsync(admission.Merchant!, request, cancellationToken);
            return refund.Violation is { } refused
                ? View(SandboxViews.GatewayError, refused)
                : View(SandboxViews.RefundConfirm, refund.Batch);
        }

        var outcome = await cashier.OpenAsync(admission.Merchant!, request, cancellationToken);
        return outcome.Violation is { } refusal
            ? View(SandboxViews.GatewayError, refusal)
            : View(SandboxViews.Cashier, outcome.Trade);
    }
}
