using Shop.Domain.Shipping;

namespace Shop.Tests.Domain;

public class LogisticsFeeScheduleTests
{
    private static readonly LogisticsFeeSchedule Schedule = new(
        new Dictionary<LogisticsType, decimal> { [LogisticsType.Express] = 12m, [LogisticsType.Post] = 8m, [LogisticsType.Ems] = 20m },
        freeShippingFrom: 199m);

    [Fact]
    public void Below_the_threshold_the_buyer_pays_the_fee()
    {
        var quote = Schedule.Quote(LogisticsType.Ems, 198.99m);
        Assert.Equal(new LogisticsQuote(LogisticsType.Ems, 20m, LogisticsPayment.BuyerPay), quote);
        Assert.Equal(20m, quote.FeeToBuyer);
    }

    [Fact]
    public void From_the_threshold_shipping_is_free_and_paid_by_the_seller()
    {
        var quote = Schedule.Quote(LogisticsType.Express, 199m);
        Assert.Equal(new LogisticsQuote(LogisticsType.Express, 0m, LogisticsPayment.SellerPay), quote);
        Assert.Equal(0m, quote.FeeToBuyer);
    }

    [Fact]
    public void A_type_not_offered_is_refused()
    {
        var postOnly = new LogisticsFeeSchedule(new Dictionary<LogisticsType, decimal> { [LogisticsType.Post] = 5m }, null);
        Assert.False(postOnly.Offers(LogisticsType.Ems));
        Assert.Throws<ArgumentException>(() => postOnly.Quote(LogisticsType.Ems, 10m));
    }
}
