namespace Shop.Domain.Shipping;

/// <summary>How goods travel. Alipay spells these its own way (<c>EXPRESS</c>); the shop's payments code maps them.</summary>
public enum LogisticsType
{
    Express,
    Post,
    Ems,
}
