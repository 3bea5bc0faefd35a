using System.Diagnostics.CodeAnalysis;
namespace Shop.Domain.Shipping;

/// <summary>Who pays the logistics fee; the names are Alipay's <c>logistics_payment</c> values.</summary>
[SuppressMessage("Naming", "CA1707", Justification = "The names are Alipay's logistics_payment values.")]
public enum LogisticsPayment
{
    BUYER_PAY,
    SELLER_PAY,
    BUYER_PAY_AFTER_RECEIVE,
}
