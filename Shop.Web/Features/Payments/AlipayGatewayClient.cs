using Microsoft.Extensions.Options;
using Shop.Domain.Payments.Alipay;

namespace Shop.Web.Features.Payments;

/// <summary>
/// The shop's server-to-server calls to the gateway. notify_verify and single_trade_query only
/// read, so their HTTP client retries transient failures; send_goods_confirm_by_platform changes
/// the trade, so its client never repeats a call on its own. Nothing here logs the key: requests
/// carry only the signature.
/// </summary>
public class AlipayGatewayClient(
    IHttpClientFactory httpClients, IOptionsMonitor<AlipayOptions> options, ILogger<AlipayGatewayClient> logger)
    : INotifyIdVerification
{
    public const string ReadingClient = "alipay-gateway-read";
    public const string WritingClient = "alipay-gateway-write";

    public async Task<NotifyIdAnswer> CheckAsync(string partner, string notifyId, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var url = settings.Gateway().AbsoluteUri
            + "?service=" + AlipayServices.NotifyVerify
            + "&partner=" + Uri.EscapeDataString(partner)
            + "&notify_id=" + Uri.EscapeDataString(notifyId);
        try
        {
            var body = (await httpClients.CreateClient(ReadingClient).GetStringAsync(url, cancellationToken)).Trim();
            return body switch
            {
                "true" => NotifyIdAnswer.True,
                "false" => NotifyIdAnswer.False,
                "invalid" => NotifyIdAnswer.Invalid,
                _ => NotifyIdAnswer.False,
            };
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or TimeoutException
                                      or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            logger.LogWarning("notify_verify for {NotifyId} did not reach the gateway: {Error}", notifyId, e.Message);
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
