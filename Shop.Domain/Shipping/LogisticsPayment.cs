namespace Shop.Domain.Shipping;

/// <summary>Who pays the logistics fee. Alipay spells these its own way (<c>BUYER_PAY</c>); the shop's payments code maps them.</summary>
public enum LogisticsPayment
{
    BuyerPay,
    SellerPay,
    BuyerPayAfterReceive,
}
