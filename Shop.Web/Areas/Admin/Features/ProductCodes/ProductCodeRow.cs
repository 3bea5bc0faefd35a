namespace Shop.Web.Areas.Admin.Features.ProductCodes;

/// <summary>One code of a pool as the admin sees it; <see cref="OrderNumber"/> is set once it is sold.</summary>
public sealed record ProductCodeRow(int Id, string Code, DateTime AddedAt, string? OrderNumber, DateTime? SoldAt)
{
    public bool IsSold => SoldAt is not null;
}
