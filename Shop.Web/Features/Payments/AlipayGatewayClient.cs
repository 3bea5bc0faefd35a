using Microsoft.Extensions.Options;
using Shop.Domain.Payments.Alipay;

namespace Shop.Web.Features.Payments;

/// <summary>
/// The shop's server-to-server calls to the gateway. notify_verify and single_trade_query only
/// read, so their HTTP client retries transient failures; send_goods_confirm_by_platform and
/// close_trade change the trade, so their client never repeats a call on its own. Nothing here logs the key: requests
/// carry only the signature.
/// </summary>
public class AlipayGatewayClient(
    IHttpClientFactory httpClients, IOptionsMonitor<AlipayOptions> options, ILogger<AlipayGatewayClient> logger)
    : INotifyIdVerification
{
    public const string ReadingClient = "alipay-gateway-read";
    public const string WritingClient = "alipay-gateway-write";

    /// <summary>
    /// notify_verify, within <c>Alipay:NotifyVerifyTimeoutSeconds</c> in all (retries included), so
    /// that the shop answers Alipay well before Alipay stops waiting. A stalled gateway, an error,
    /// or a body that is none of the three words is <see cref="NotifyIdAnswer.Unreachable"/>:
    /// the notification is answered <c>fail</c> and verified when Alipay sends it again.
    /// </summary>
    public async Task<NotifyIdAnswer> CheckAsync(string partner, string notifyId, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var url = settings.Gateway().AbsoluteUri
            + "?service=" + AlipayServices.NotifyVerify
            + "&partner=" + Uri.EscapeDataString(partner)
            + "&notify_id=" + Uri.EscapeDataString(notifyId);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(settings.NotifyVerifyTimeoutSeconds));
        try
        {
            var body = (await httpClients.CreateClient(ReadingClient).GetStringAsync(url, budget.Token)).Trim();
            switch (body)
            {
                case "true":
                    return NotifyIdAnswer.True;
                case "false":
                    return NotifyIdAnswer.False;
                case "invalid":
                    return NotifyIdAnswer.Invalid;
                default:
                    // Not an answer of notify_verify (a proxy's page, a maintenance notice): ask again later.
                    logger.LogWarning("notify_verify for {NotifyId} answered neither true, false nor invalid ({Length} characters)", notifyId, body.Length);
                    return NotifyIdAnswer.Unreachable;
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested
                                  && e is HttpRequestException or OperationCanceledException or TimeoutException
                                      or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            var reason = budget.IsCancellationRequested ? $"no answer within {settings.NotifyVerifyTimeoutSeconds} s" : e.Message;
            logger.LogWarning("notify_verify for {NotifyId} did not reach the gateway: {Error}", notifyId, reason);
            return NotifyIdAnswer.Unreachable;
        }
    }

    public Task<GatewayAnswer> SendGoodsAsync(SendGoodsRequest request, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var signed = new AlipayRequestBuilder(settings.Merchant()).BuildSendGoods(request);
        return CallAsync(WritingClient, signed, settings, cancellationToken);
    }

    public Task<GatewayAnswer> QueryTradeAsync(TradeQueryRequest request, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var signed = new AlipayRequestBuilder(settings.Merchant()).BuildTradeQuery(request);
        return CallAsync(ReadingClient, signed, settings, cancellationToken);
    }

    public Task<GatewayAnswer> CloseTradeAsync(CloseTradeRequest request, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var signed = new AlipayRequestBuilder(settings.Merchant()).BuildCloseTrade(request);
        return CallAsync(WritingClient, signed, settings, cancellationToken);
    }

    private async Task<GatewayAnswer> CallAsync(
        string clientName, AlipaySignedRequest signed, AlipayOptions settings, CancellationToken cancellationToken)
    {
        var service = signed.Parameters["service"];
        try
        {
            using var content = new ByteArrayContent(signed.Charset.Encoding.GetBytes(signed.FormBody()));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded")
            {
                CharSet = signed.Charset.Name,
            };
            using var response = await httpClients.CreateClient(clientName)
                .PostAsync(signed.FormAction(settings.Gateway()), content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("{Service} answered HTTP {Status}", service, (int)response.StatusCode);
                return GatewayAnswer.NotReached($"HTTP {(int)response.StatusCode}");
            }
            var answer = AlipayXmlAnswer.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
            // A success the shop's key did not sign did not come from Alipay: act on nothing in it.
            if (answer.IsSuccess && !AlipaySignature.Verify(answer.ResponseFields, answer.Sign, settings.Merchant().Key, signed.Charset))
            {
                logger.LogWarning("{Service} answered success with a signature that does not verify", service);
                return GatewayAnswer.NotReached("The gateway's answer is not signed with this shop's key.");
            }
            if (!answer.IsSuccess)
            {
                logger.LogWarning("{Service} answered {Outcome} {Error}{Reason}", service, answer.Outcome, answer.ErrorCode, answer.MalformedReason);
            }
            return GatewayAnswer.Answered(answer);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or TimeoutException
                                      or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            logger.LogWarning("{Service} did not reach the gateway: {Error}", service, e.Message);
            return GatewayAnswer.NotReached(e.Message);
        }
    }
}
