namespace Shop.Domain.Shipping;

/// <summary>The logistics a buyer chose and what it costs them.</summary>
public sealed record LogisticsQuote(LogisticsType Type, decimal Fee, LogisticsPayment Payment)
{
    /// <summary>What the buyer pays for logistics on top of the goods.</summary>
    public decimal FeeToBuyer => Payment == LogisticsPayment.BuyerPay ? Fee : 0m;
}
