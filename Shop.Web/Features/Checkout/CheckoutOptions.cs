using Shop.Domain.Shipping;

namespace Shop.Web.Features.Checkout;

/// <summary>The <c>Checkout</c> configuration section: logistics fees and when an order completes by itself.</summary>
public class CheckoutOptions
{
    public const string Section = "Checkout";

    /// <summary>Fee per logistics type offered (EXPRESS, POST, EMS); a type left out is not offered.</summary>
    public Dictionary<LogisticsType, decimal> LogisticsFees { get; set; } = [];

    /// <summary>Goods total from which shipping is free; empty for never.</summary>
    public decimal? FreeShippingFrom { get; set; }

    /// <summary>Days after shipping an instantly paid order completes if the buyer never confirms receipt.</summary>
    public int CompleteDaysAfterShipping { get; set; } = 10;

    public LogisticsFeeSchedule FeeSchedule() =>
        new(LogisticsFees.Count > 0
                ? LogisticsFees
                : new Dictionary<LogisticsType, decimal> { [LogisticsType.EXPRESS] = 12m },
            FreeShippingFrom);
}
