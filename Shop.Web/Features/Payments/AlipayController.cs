using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
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
/// the charset of the request (ASP.NET's own form and query decoding assumes UTF-8). Both are
/// open to anyone, so what is read is bounded before anything else happens: at most
/// <see cref="MaxRequestBytes"/>, at most <see cref="AlipayFormEncoding.MaxParameters"/>
/// parameters, no name twice, and <see cref="NotificationConcurrency"/> requests at a time. They
/// are never rate limited: a real notification refused for a rate would be lost with the forged ones.
/// </summary>
[IgnoreAntiforgeryToken]
[DisableRateLimiting]
public class AlipayController(
    AlipayNotificationProcessor processor,
    RejectedNotificationLog rejected,
    NotificationConcurrency concurrency,
    IOptionsMonitor<AlipayOptions> options,
    IStringLocalizer<SharedResource> localizer,
    ILogger<AlipayController> logger) : Controller
{
    /// <summary>The largest notify body, or return query string, the shop reads: Alipay's are a few KB.</summary>
    public const int MaxRequestBytes = 64 * 1024;

    /// <summary>notify_url: answers exactly <c>success</c> once the notification is applied, <c>fail</c> for Alipay to send it again.</summary>
    /// <remarks>
    /// The action takes no parameters on purpose: any model binding would have MVC read the form
    /// first, as UTF-8, and leave no body for the charset-aware decoding below.
    /// </remarks>
    [HttpPost(AlipayOptions.NotifyPath)]
    [RequestSizeLimit(MaxRequestBytes)]
    public async Task<IActionResult> Notify()
    {
        var cancellationToken = HttpContext.RequestAborted;
        try
        {
            var body = await ReadBodyAsync(cancellationToken);
            using var slot = await concurrency.TryEnterAsync(cancellationToken);
            if (body is null)
            {
                // Not Alipay's: refused unread, answered 413 with the protocol's "fail" (a real one would be sent again).
                if (slot is not null)
                {
                    var detail = Request.ContentLength is { } declared
                        ? $"A body of {declared} bytes, refused unread: at most {MaxRequestBytes} are taken."
                        : $"A body of more than {MaxRequestBytes} bytes, read no further.";
                    await rejected.RecordAsync(NotificationChannel.Notify, RejectionReason.TooLarge, detail,
                        RequestEvidence.Unread(Request.ContentLength ?? MaxRequestBytes + 1L, HttpContext.Connection.RemoteIpAddress),
                        null, cancellationToken);
                }
                return Answer(false, StatusCodes.Status413PayloadTooLarge);
            }
            if (slot is null)
            {
                logger.LogWarning("A notification was answered fail: {Concurrency} are being processed already", options.CurrentValue.NotificationConcurrency);
                return Answer(false);
            }

            var charset = NotifyCharset(body);
            var form = AlipayFormEncoding.Read(body, charset, cancellationToken);
            var evidence = RequestEvidence.Read(body, charset, form.ParameterCount, HttpContext.Connection.RemoteIpAddress);
            if (form.IsRefused)
            {
                await rejected.RecordAsync(NotificationChannel.Notify, ReasonOf(form.Problem), form.Describe(), evidence, null, cancellationToken);
                return Answer(false);
            }
            var result = await processor.ProcessAsync(NotificationChannel.Notify, form.Parameters, charset, evidence, cancellationToken);
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
    [RequestSizeLimit(MaxRequestBytes)]
    public async Task<IActionResult> Return(CancellationToken cancellationToken)
    {
        var charset = options.CurrentValue.Merchant().InputCharset;
        var query = (Request.QueryString.Value ?? "").TrimStart('?');
        using var slot = await concurrency.TryEnterAsync(cancellationToken);
        if (query.Length > MaxRequestBytes || Request.ContentLength > MaxRequestBytes)
        {
            if (slot is not null)
            {
                await rejected.RecordAsync(NotificationChannel.Return, RejectionReason.TooLarge,
                    $"A query string of {query.Length} characters; at most {MaxRequestBytes} are read.",
                    RequestEvidence.Unread(query.Length, HttpContext.Connection.RemoteIpAddress), null, cancellationToken);
            }
            return StatusCode(query.Length > MaxRequestBytes ? StatusCodes.Status414UriTooLong : StatusCodes.Status413PayloadTooLarge);
        }

        var raw = charset.Encoding.GetBytes(query);
        var form = AlipayFormEncoding.Read(raw, charset, cancellationToken);
        var evidence = RequestEvidence.Read(raw, charset, form.ParameterCount, HttpContext.Connection.RemoteIpAddress);
        if (form.IsRefused)
        {
            if (slot is not null)
            {
                await rejected.RecordAsync(NotificationChannel.Return, ReasonOf(form.Problem), form.Describe(), evidence, null, cancellationToken);
            }
            return BadRequest();
        }

        var parameters = form.Parameters;
        NotificationResult result;
        if (slot is null)
        {
            // Too busy to ask Alipay now: the buyer waits on the order page, and the notify does the rest.
            result = new NotificationResult(NotificationOutcome.Failed, "Overloaded.", parameters.GetValueOrDefault("out_trade_no"), null);
        }
        else
        {
            try
            {
                result = await processor.ProcessAsync(NotificationChannel.Return, parameters, charset, evidence, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "A return could not be processed");
                result = new NotificationResult(NotificationOutcome.Failed, e.Message, parameters.GetValueOrDefault("out_trade_no"), null);
            }
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

    /// <summary>
    /// The body, or null when it is larger than <see cref="MaxRequestBytes"/>: a declared length
    /// over it is refused before a byte is read, and an undeclared one is read no further than it.
    /// </summary>
    private async Task<byte[]?> ReadBodyAsync(CancellationToken cancellationToken)
    {
        if (Request.ContentLength > MaxRequestBytes)
        {
            return null;
        }
        try
        {
            using var body = new MemoryStream();
            var chunk = new byte[8192];
            int read;
            while ((read = await Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (body.Length + read > MaxRequestBytes)
                {
                    return null;
                }
                body.Write(chunk, 0, read);
            }
            return body.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit ([RequestSizeLimit]) said it first.
            return null;
        }
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

    private static RejectionReason ReasonOf(AlipayFormProblem problem) =>
        problem == AlipayFormProblem.TooManyParameters ? RejectionReason.TooManyParameters : RejectionReason.RepeatedName;

    private ContentResult Answer(bool acknowledge, int statusCode = StatusCodes.Status200OK)
    {
        var answer = Content(acknowledge ? "success" : "fail", "text/plain");
        answer.StatusCode = statusCode;
        return answer;
    }
}
