namespace Shop.Domain.Shipping;

/// <summary>Who pays the logistics fee; the names are Alipay's <c>logistics_payment</c> values.</summary>
public enum LogisticsPayment
{
    BUYER_PAY,
    SELLER_PAY,
    BUYER_PAY_AFTER_RECEIVE,
}
