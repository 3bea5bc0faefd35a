using Shop.Domain.Shipping;

namespace Shop.Web.Features.Checkout;

/// <summary>The <c>Checkout</c> configuration section: logistics fees and when an order completes by itself.</summary>
public class CheckoutOptions
{
    public const string Section = "Checkout";

    /// <summary>
    /// Fee per logistics type offered; a type left out is not offered. The keys are Alipay's names
    /// as documented (EXPRESS, POST, EMS) or the shop's (Express, Post, Ems): configuration keys
    /// ignore case, and the binder reads an enum key ignoring case too.
    /// </summary>
    public Dictionary<LogisticsType, decimal> LogisticsFees { get; set; } = [];

    /// <summary>Goods total from which shipping is free; empty for never.</summary>
    public decimal? FreeShippingFrom { get; set; }

    /// <summary>Days after shipping an instantly paid order completes if the buyer never confirms receipt.</summary>
    public int CompleteDaysAfterShipping { get; set; } = 10;

    public LogisticsFeeSchedule FeeSchedule() =>
        new(LogisticsFees.Count > 0
                ? LogisticsFees
                : new Dictionary<LogisticsType, decimal> { [LogisticsType.Express] = 12m },
            FreeShippingFrom);
}
