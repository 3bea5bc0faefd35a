namespace Shop.AlipaySandbox;

/// <summary>
/// The shop's own partner, read from the keys the shop itself is configured with
/// (<c>Alipay:Partner</c>, <c>Alipay:Key</c>), so the sandbox accepts the shop with every
/// service and no configuration of its own.
/// </summary>
public class ShopMerchantOptions
{
    public const string Section = "Alipay";

    public string Partner { get; set; } = "";

    /// <summary>The MD5 key. Never logged, never shown.</summary>
    public string Key { get; set; } = "";
}
