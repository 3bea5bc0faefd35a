namespace Shop.Web.Features.Payments;

/// <summary>How word of a trade reached the shop.</summary>
public enum NotificationChannel
{
    /// <summary>Alipay's server POST to notify_url.</summary>
    Notify,

    /// <summary>The buyer's browser coming back to return_url.</summary>
    Return,

    /// <summary>The shop asked single_trade_query (reconcile, or before closing an unpaid order).</summary>
    Query,
}
