using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Shop.Domain.Payments.Alipay;

namespace Shop.Web.Features.Payments;

/// <summary>
/// notify_url: Alipay's server-to-server POST, answered exactly <c>success</c> once the notification
/// is applied, <c>fail</c> for Alipay to send it again (docs/alipay-protocol.md §4). Parameters are
/// decoded here from the raw bytes, once, in the charset of the request (ASP.NET's own form decoding
/// assumes UTF-8). Bounded like <see cref="AlipayController"/>'s return: at most
/// <see cref="AlipayController.MaxRequestBytes"/>, at most <see cref="AlipayFormEncoding.MaxParameters"/>
/// parameters, no name twice, and <see cref="NotificationConcurrency"/> requests at a time.
/// </summary>
/// <remarks>
/// An endpoint of its own, short-circuited at routing (<see cref="Map"/>): what runs after routing
/// for pages (authentication, rate limits, the catalog's output cache and page tokens, MVC's
/// filters) has nothing to do for a request that carries no cookie, no form token and no page, and
/// cost more CPU than a copy of a notification itself (README: Performance). It is never rate
/// limited: a real notification refused for a rate would be lost with the forged ones.
/// </remarks>
public sealed class AlipayNotifyEndpoint(
    AlipayNotificationProcessor processor,
    RejectedNotificationLog rejected,
    NotificationConcurrency concurrency,
    IOptionsMonitor<AlipayOptions> options,
    ILogger<AlipayNotifyEndpoint> logger)
{
    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(AlipayOptions.NotifyPath, (HttpContext context, AlipayNotifyEndpoint endpoint) => endpoint.HandleAsync(context))
            .WithMetadata(new RequestSizeLimitAttribute(AlipayController.MaxRequestBytes))
            .ShortCircuit();

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        try
        {
            var body = await ReadBodyAsync(request, cancellationToken);
            using var slot = await concurrency.TryEnterAsync(cancellationToken);
            if (body is null)
            {
                // Not Alipay's: refused unread, answered 413 with the protocol's "fail" (a real one would be sent again).
                if (slot is not null)
                {
                    var detail = request.ContentLength is { } declared
                        ? $"A body of {declared} bytes, refused unread: at most {AlipayController.MaxRequestBytes} are taken."
                        : $"A body of more than {AlipayController.MaxRequestBytes} bytes, read no further.";
                    await rejected.RecordAsync(NotificationChannel.Notify, RejectionReason.TooLarge, detail,
                        RequestEvidence.Unread(request.ContentLength ?? AlipayController.MaxRequestBytes + 1L, context.Connection.RemoteIpAddress),
                        null, cancellationToken);
                }
                return Answer(false, StatusCodes.Status413PayloadTooLarge);
            }
            if (slot is null)
            {
                logger.LogWarning("A notification was answered fail: {Concurrency} are being processed already", options.CurrentValue.NotificationConcurrency);
                return Answer(false);
            }

            var charset = NotifyCharset(request, body);
            var form = AlipayFormEncoding.Read(body, charset, cancellationToken);
            var evidence = RequestEvidence.Read(body, charset, form.ParameterCount, context.Connection.RemoteIpAddress);
            if (form.IsRefused)
            {
                await rejected.RecordAsync(NotificationChannel.Notify, AlipayController.ReasonOf(form.Problem), form.Describe(), evidence, null, cancellationToken);
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

    /// <summary>
    /// The body, or null when it is larger than <see cref="AlipayController.MaxRequestBytes"/>: a declared
    /// length over it is refused before a byte is read, and an undeclared one is read no further than it.
    /// </summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > AlipayController.MaxRequestBytes)
        {
            return null;
        }
        try
        {
            using var body = new MemoryStream();
            var chunk = new byte[8192];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (body.Length + read > AlipayController.MaxRequestBytes)
                {
                    return null;
                }
                body.Write(chunk, 0, read);
            }
            return body.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit (the endpoint's request size limit) said it first.
            return null;
        }
    }

    private AlipayCharset NotifyCharset(HttpRequest request, byte[] body)
    {
        // Alipay notifies in the charset of the original request: the Content-Type says it when
        // given, the body may carry _input_charset, and otherwise it is the shop's own setting.
        var configured = options.CurrentValue.Merchant().InputCharset;
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            && AlipayCharset.TryFromName(contentType.Charset.Value, out var declared) && declared is not null)
        {
            return declared;
        }
        return AlipayFormEncoding.TryDetectCharset(body, configured, out var detected) && detected is not null ? detected : configured;
    }

    private static IResult Answer(bool acknowledge, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(acknowledge ? "success" : "fail", "text/plain", statusCode: statusCode);
}
