namespace Shop.AlipaySandbox;

/// <summary>One entry of <c>Alipay:Sandbox:Merchants</c>.</summary>
public class SandboxMerchantOptions
{
    public string Partner { get; set; } = "";

    /// <summary>The MD5 key. Never logged, never shown.</summary>
    public string Key { get; set; } = "";

    /// <summary>The services this partner has a contract for; any other answers HASH_NO_PRIVILEGE.</summary>
    public List<string> Services { get; set; } = [];

    /// <summary>What <c>create_direct_pay_by_user</c> reaches for this partner: TRADE_SUCCESS or TRADE_FINISHED.</summary>
    public string DirectPayTradeStatus { get; set; } = "TRADE_SUCCESS";
}
