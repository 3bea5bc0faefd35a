using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Web.Features.Donations;
using Shop.Web.Features.Orders;
using Shop.Web.Features.Shared;

namespace Shop.Web.Features.Payments;

/// <summary>
/// return_url, the buyer's way back to the shop from Alipay (the notify_url, Alipay's own, is
/// <see cref="AlipayNotifyEndpoint"/>). Parameters are decoded here from the raw query, once, in
/// the configured charset (ASP.NET's own query decoding assumes UTF-8). Open to anyone, so what is
/// read is bounded before anything else happens: at most <see cref="MaxRequestBytes"/>, at most
/// <see cref="AlipayFormEncoding.MaxParameters"/> parameters, no name twice, and
/// <see cref="NotificationConcurrency"/> requests at a time. Never rate limited: a real return
/// refused for a rate would be lost with the forged ones.
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
    /// <summary>The largest notify body (<see cref="AlipayNotifyEndpoint"/>), or return query string, the shop reads: Alipay's are a few KB.</summary>
    public const int MaxRequestBytes = 64 * 1024;

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

    internal static RejectionReason ReasonOf(AlipayFormProblem problem) =>
        problem == AlipayFormProblem.TooManyParameters ? RejectionReason.TooManyParameters : RejectionReason.RepeatedName;
}
