using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>A partner the sandbox knows: its key, the services it may call, and how its direct payments end.</summary>
public sealed record SandboxMerchant(
    string Partner,
    string Key,
    IReadOnlySet<string> Services,
    TradeStatus DirectPayTradeStatus)
{
    public bool HasContractFor(string service) => Services.Contains(service);

    public override string ToString() => $"SandboxMerchant {{ Partner = {Partner}, Key = (hidden), Services = {string.Join(", ", Services)} }}";
}
