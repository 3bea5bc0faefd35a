using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>The products running low, and the threshold (<c>Catalog:LowStockThreshold</c>) they are at or below.</summary>
public sealed record LowStockPage(IReadOnlyList<Product> Products, int Threshold);
