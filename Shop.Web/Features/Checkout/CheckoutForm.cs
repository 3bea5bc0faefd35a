namespace Shop.Web.Features.Checkout;

/// <summary>The checkout form; its field names are Alipay's <c>receive_*</c> ideas in camel case (docs/architecture.md: Routes).</summary>
public class CheckoutForm
{
    public string? ReceiveName { get; set; }
    public string? ReceiveAddress { get; set; }
    public string? ReceiveZip { get; set; }
    public string? ReceivePhone { get; set; }
    public string? ReceiveMobile { get; set; }
    public string? LogisticsType { get; set; }

    /// <summary>The cart as the buyer saw it (see <see cref="CartFingerprint"/>): placing refuses a cart that changed since.</summary>
    public string? CartFingerprint { get; set; }
}
