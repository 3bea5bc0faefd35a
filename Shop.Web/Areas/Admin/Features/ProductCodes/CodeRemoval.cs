namespace Shop.Web.Areas.Admin.Features.ProductCodes;

public enum CodeRemoval
{
    Removed,
    NotFound,

    /// <summary>The code went to a buyer: it stays, as the record of what they got.</summary>
    Sold,

    /// <summary>Every unsold code is held for orders waiting for payment.</summary>
    Held,

    /// <summary>An order took or released codes at the same moment; nothing changed.</summary>
    Conflict,
}
