namespace Shop.AlipaySandbox;

/// <summary>The sandbox's views live beside its code, not under Views/.</summary>
public static class SandboxViews
{
    public const string Cashier = "~/Areas/AlipaySandbox/Views/Cashier.cshtml";
    public const string GatewayError = "~/Areas/AlipaySandbox/Views/GatewayError.cshtml";
    public const string Paid = "~/Areas/AlipaySandbox/Views/Paid.cshtml";
    public const string Left = "~/Areas/AlipaySandbox/Views/Left.cshtml";
    public const string ConsoleIndex = "~/Areas/AlipaySandbox/Views/Console/Index.cshtml";
    public const string ConsoleTrade = "~/Areas/AlipaySandbox/Views/Console/Trade.cshtml";
}
