using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Shipping;

namespace Shop.Tests.Builders;

/// <summary>Orders for tests, placed as the shop places them.</summary>
public static class OrderBuilder
{
    public static readonly DateTime Now = new(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);

    public static Order Physical(decimal price = 100m, int quantity = 1, decimal fee = 10m) =>
        Order.PlaceForGoods(
            OrderNumber.New(Now), "user-1", "buyer@example.com",
            [new OrderLine(1, new LocalizedText("茶壶", "Teapot"), price, quantity, ProductKind.Physical, VirtualDelivery.None)],
            new ShippingAddress("张三", "杭州市西湖区文三路 1 号", "310000", null, "13800000000"),
            new LogisticsQuote(LogisticsType.Express, fee, fee == 0 ? LogisticsPayment.SellerPay : LogisticsPayment.BuyerPay),
            "trade_create_by_buyer", Now, Now.AddHours(2));

    public static Order Virtual(decimal price = 50m) =>
        Order.PlaceForGoods(
            OrderNumber.New(Now), "user-1", "buyer@example.com",
            [new OrderLine(2, new LocalizedText("礼品卡", "Gift card"), price, 1, ProductKind.Virtual, VirtualDelivery.Code)],
            null, null, "create_digital_goods_trade_p", Now, Now.AddHours(2));

    public static Order Donation(decimal amount = 20m) =>
        Order.PlaceDonation(OrderNumber.New(Now), amount, new DonationDetails("李四", "加油", false), null, null,
            "create_donate_trade_p", Now, Now.AddHours(2));
}
