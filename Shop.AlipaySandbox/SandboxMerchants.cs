using Microsoft.Extensions.Options;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// The partners the sandbox accepts: the shop's own <c>Alipay:Partner</c> with every service,
/// and those listed under <c>Alipay:Sandbox:Merchants</c>. Partners and keys are trimmed as the
/// shop trims them, so a space in the configuration is not mistaken for a protocol error.
/// </summary>
public class SandboxMerchants(IOptionsMonitor<ShopMerchantOptions> shop, IOptionsMonitor<SandboxOptions> sandbox)
{
    public SandboxMerchant? Find(string? partner)
    {
        if (string.IsNullOrEmpty(partner))
        {
            return null;
        }

        var settings = sandbox.CurrentValue;
        if (shop.CurrentValue.Partner.Trim() == partner)
        {
            return new SandboxMerchant(
                partner,
                shop.CurrentValue.Key.Trim(),
                AlipayServices.Signed.ToHashSet(StringComparer.Ordinal),
                DirectPayStatus(settings.DirectPayTradeStatus));
        }

        var listed = settings.Merchants.FirstOrDefault(m => m.Partner.Trim() == partner);
        return listed is null
            ? null
            : new SandboxMerchant(
                partner,
                listed.Key.Trim(),
                listed.Services.Select(s => s.Trim()).ToHashSet(StringComparer.Ordinal),
                DirectPayStatus(listed.DirectPayTradeStatus));
    }

    private static TradeStatus DirectPayStatus(string configured) =>
        AlipayStatusNames.ParseTradeStatus(configured?.Trim()) == TradeStatus.TradeFinished
            ? TradeStatus.TradeFinished
            : TradeStatus.TradeSuccess;
}
