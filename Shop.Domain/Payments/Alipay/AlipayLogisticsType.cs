namespace Shop.Domain.Payments.Alipay;

/// <summary>How goods travel: <c>logistics_type</c> of a trade, <c>transport_type</c> when shipping.</summary>
public enum AlipayLogisticsType
{
    Express,
    Post,
    Ems,

    /// <summary>No carrier (delivered by hand, virtual goods). Only for send goods.</summary>
    Direct,
}
