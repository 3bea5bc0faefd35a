namespace Shop.Web.AlipaySandbox;

/// <summary>The sandbox's views live beside its code, not under Views/.</summary>
public static class SandboxViews
{
    public const string Cashier = "~/AlipaySandbox/Views/Cashier.cshtml";
    public const string GatewayError = "~/AlipaySandbox/Views/GatewayError.cshtml";
    public const string Paid = "~/AlipaySandbox/Views/Paid.cshtml";
    public const string Left = "~/AlipaySandbox/Views/Left.cshtml";
    public const string ConsoleIndex = "~/AlipaySandbox/Views/Console/Index.cshtml";
    public const string ConsoleTrade = "~/AlipaySandbox/Views/Console/Trade.cshtml";
}
