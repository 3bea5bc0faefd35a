using Microsoft.Extensions.Options;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// Where the buyer's browser goes after paying: return_url with the trade's signed parameters,
/// <c>is_success=T</c> and <c>exterface</c>, percent-encoded in the trade's charset. Its
/// notify_id lives only <c>Alipay:Sandbox:ReturnNotifyIdLifetimeSeconds</c>.
/// </summary>
public class ReturnRedirect(SandboxDbContext db, IOptions<SandboxOptions> options)
{
    /// <summary>The address to redirect to, or null when the trade has no return_url. Saved with the caller's changes.</summary>
    public string? Issue(SandboxTrade trade, SandboxMerchant merchant, DateTime now)
    {
        if (trade.Request.ReturnUrl is not { } returnUrl)
        {
            return null;
        }

        var notifyId = IssuedNotifyId.NewValue();
        var lifetime = TimeSpan.FromSeconds(options.Value.ReturnNotifyIdLifetimeSeconds);
        db.NotifyIds.Add(IssuedNotifyId.ForReturn(notifyId, trade.Partner, now, lifetime));
        var parameters = TradeParameters.Signed(
            trade,
            notifyId,
            now,
            merchant.Key,
            KeyValuePair.Create("is_success", "T"),
            KeyValuePair.Create("exterface", trade.Service));
        return returnUrl + "?" + AlipayFormEncoding.EncodeForm(parameters, trade.InputCharset);
    }
}
