namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>What an admin's release of a held order did.</summary>
public enum ReleaseOutcome
{
    Released,
    NotFound,

    /// <summary>The order is not (or no longer) held: released already, refunded, or never held.</summary>
    NotHeld,
}
