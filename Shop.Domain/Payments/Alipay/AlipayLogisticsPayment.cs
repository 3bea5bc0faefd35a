namespace Shop.Domain.Payments.Alipay;

/// <summary>Who pays the logistics fee (<c>logistics_payment</c>).</summary>
public enum AlipayLogisticsPayment
{
    BuyerPay,
    SellerPay,
    BuyerPayAfterReceive,
}
