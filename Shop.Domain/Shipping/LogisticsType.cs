namespace Shop.Domain.Shipping;

/// <summary>How goods travel; the names are Alipay's <c>logistics_type</c> values.</summary>
public enum LogisticsType
{
    EXPRESS,
    POST,
    EMS,
}
