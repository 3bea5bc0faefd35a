namespace Shop.AlipaySandbox;

/// <summary>
/// The sandbox's views, by path. They live under Areas/AlipaySandbox/ so that no path of theirs,
/// and no _ViewStart, can meet one of the host's /Views/; the controllers name them, so no area
/// routing is involved.
/// </summary>
public static class SandboxViews
{
    public const string Cashier = "~/Areas/AlipaySandbox/Views/Cashier.cshtml";
    public const string GatewayError = "~/Areas/AlipaySandbox/Views/GatewayError.cshtml";
    public const string Paid = "~/Areas/AlipaySandbox/Views/Paid.cshtml";
    public const string Left = "~/Areas/AlipaySandbox/Views/Left.cshtml";
    public const string RefundConfirm = "~/Areas/AlipaySandbox/Views/RefundConfirm.cshtml";
    public const string RefundDone = "~/Areas/AlipaySandbox/Views/RefundDone.cshtml";
    public const string ConsoleIndex = "~/Areas/AlipaySandbox/Views/Console/Index.cshtml";
    public const string ConsoleTrade = "~/Areas/AlipaySandbox/Views/Console/Trade.cshtml";
    public const string MailboxIndex = "~/Areas/AlipaySandbox/Views/Mail/Index.cshtml";
    public const string MailboxMessage = "~/Areas/AlipaySandbox/Views/Mail/Message.cshtml";
}
