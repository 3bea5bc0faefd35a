using Shop.Domain.Shipping;

namespace Shop.Tests.Domain;

public class LogisticsFeeScheduleTests
{
    private static readonly LogisticsFeeSchedule Schedule = new(
        new Dictionary<LogisticsType, decimal> { [LogisticsType.EXPRESS] = 12m, [LogisticsType.POST] = 8m, [LogisticsType.EMS] = 20m },
        freeShippingFrom: 199m);

    [Fact]
    public void Below_the_threshold_the_buyer_pays_the_fee()
    {
        var quote = Schedule.Quote(LogisticsType.EMS, 198.99m);
        Assert.Equal(new LogisticsQuote(LogisticsType.EMS, 20m, LogisticsPayment.BUYER_PAY), quote);
        Assert.Equal(20m, quote.FeeToBuyer);
    }

    [Fact]
    public void From_the_threshold_shipping_is_free_and_paid_by_the_seller()
    {
        var quote = Schedule.Quote(LogisticsType.EXPRESS, 199m);
        Assert.Equal(new LogisticsQuote(LogisticsType.EXPRESS, 0m, LogisticsPayment.SELLER_PAY), quote);
        Assert.Equal(0m, quote.FeeToBuyer);
    }

    [Fact]
    public void A_type_not_offered_is_refused()
    {
        var postOnly = new LogisticsFeeSchedule(new Dictionary<LogisticsType, decimal> { [LogisticsType.POST] = 5m }, null);
        Assert.False(postOnly.Offers(LogisticsType.EMS));
        Assert.Throws<ArgumentException>(() => postOnly.Quote(LogisticsType.EMS, 10m));
    }
}
