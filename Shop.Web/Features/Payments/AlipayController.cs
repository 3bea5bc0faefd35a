using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Web.Features.Donations;
using Shop.Web.Features.Orders;
using Shop.Web.Features.Shared;

namespace Shop.Web.Features.Payments;

/// <summary>
/// Alipay's two ways back to the shop. Parameters are decoded here from the raw bytes, once, in
/// the charset of the request (ASP.NET's own form and query decoding assumes UTF-8).
/// </summary>
[IgnoreAntiforgeryToken]
public class AlipayController(
    AlipayNotificationProcessor processor,
    IOptionsMonitor<AlipayOptions> options,
    IStringLocalizer<SharedResource> localizer,
    ILogger<AlipayController> logger) : Controller
{
    /// <summary>notify_url: answers exactly <c>success</c> once the notification is applied, <c>fail</c> for Alipay to send it again.</summary>
    /// <remarks>
    /// The action takes no parameters on purpose: any model binding would have MVC read the form
    /// first, as UTF-8, and leave no body for the charset-aware decoding below.
    /// </remarks>
    [HttpPost(AlipayOptions.NotifyPath)]
    public async Task<IActionResult> Notify()
    {
        var cancellationToken = HttpContext.RequestAborted;
        try
        {
            using var body = new MemoryStream();
            await Request.Body.CopyToAsync(body, cancellationToken);
            var charset = NotifyCharset(body.ToArray());
            var parameters = AlipayFormEncoding.Parse(body.ToArray(), charset);
            var result = await processor.ProcessAsync(NotificationChannel.Notify, parameters, charset, cancellationToken);
            return Answer(result.Acknowledge);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever went wrong, Alipay must send it again: nothing is lost by answering fail.
            logger.LogError(e, "A notification could not be processed");
            return Answer(false);
        }
    }

    /// <summary>return_url: the buyer's browser. Verified and applied like a notify, then on to the order.</summary>
    [HttpGet(AlipayOptions.ReturnPath)]
    public async Task<IActionResult> Return(CancellationToken cancellationToken)
    {
        var charset = options.CurrentValue.Merchant().InputCharset;
        var query = Request.QueryString.Value ?? "";
        var parameters = AlipayFormEncoding.Parse(query.TrimStart('?'), charset);
        NotificationResult result;
        try
        {
            result = await processor.ProcessAsync(NotificationChannel.Return, parameters, charset, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "A return could not be processed");
            result = new NotificationResult(NotificationOutcome.Failed, e.Message, parameters.GetValueOrDefault("out_trade_no"), null);
        }

        if (result.Acknowledge)
        {
            TempData.Flash(FlashKind.Message, localizer["Thank you! Alipay confirmed your payment."]);
        }
        else
        {
            // An expired or unverifiable return never marks anything paid; the server notification will.
            TempData.Flash(FlashKind.Message, localizer["We are confirming your payment with Alipay. This page updates by itself."]);
        }

        var number = result.OrderNumber;
        if (number is null || !OrderNumber.IsWellFormed(number))
        {
            return RedirectToAction(nameof(OrdersController.Index), "Orders");
        }
        var kind = result.OrderKind ?? (parameters.GetValueOrDefault("exterface") == AlipayServices.CreateDonateTradeP ? OrderKind.Donation : OrderKind.Physical);
        return kind == OrderKind.Donation
            ? RedirectToAction(nameof(DonationsController.ThankYou), "Donations", new { orderNo = number })
            : RedirectToAction(nameof(OrdersController.Details), "Orders", new { orderNo = number });
    }

    private AlipayCharset NotifyCharset(byte[] body)
    {
        // Alipay notifies in the charset of the original request: the Content-Type says it when
        // given, the body may carry _input_charset, and otherwise it is the shop's own setting.
        var configured = options.CurrentValue.Merchant().InputCharset;
        if (MediaTypeHeaderValue.TryParse(Request.ContentType, out var contentType)
            && AlipayCharset.TryFromName(contentType.Charset.Value, out var declared) && declared is not null)
        {
            return declared;
        }
        return AlipayFormEncoding.TryDetectCharset(body, configured, out var detected) && detected is not null ? detected : configured;
    }

    private ContentResult Answer(bool acknowledge) =>
        Content(acknowledge ? "success" : "fail", "text/plain");
}
