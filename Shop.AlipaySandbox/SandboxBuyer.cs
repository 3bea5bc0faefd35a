namespace Shop.AlipaySandbox;

/// <summary>The one buyer account that pays every sandbox trade.</summary>
public static class SandboxBuyer
{
    public const string Id = "2088102122524333";
    public const string Email = "buyer@sandbox.alipay.test";
}
