namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>The <c>Catalog</c> configuration section, as far as the admin's low-stock list needs it.</summary>
public class LowStockOptions
{
    public const string Section = "Catalog";

    /// <summary><c>Catalog:LowStockThreshold</c>: a product with this many units or fewer is running low.</summary>
    public int LowStockThreshold { get; set; } = 5;
}
