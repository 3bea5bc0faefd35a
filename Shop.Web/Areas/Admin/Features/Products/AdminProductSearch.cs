using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>What the admin sees of the catalog: every product, published or not.</summary>
public class AdminProductSearch(ShopDbContext db, IOptionsMonitor<LowStockOptions> lowStock)
{
    public async Task<ProductListPage> SearchAsync(ProductFilter filter, CancellationToken cancellationToken = default)
    {
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var query = db.Products.AsNoTracking();
        if (filter.Text is { } text)
        {
            // Lower-cased on both sides: SQLite's LIKE ignores case, PostgreSQL's does not. The
            // columns' ToLower() becomes SQL lower(), so no .NET culture is involved.
#pragma warning disable CA1304, CA1311
            var pattern = "%" + EscapeLike(text.ToLowerInvariant()) + "%";
            query = query.Where(p => EF.Functions.Like(p.Name.Chinese!.ToLower(), pattern, "\\")
                || EF.Functions.Like(p.Name.English!.ToLower(), pattern, "\\")
                || EF.Functions.Like(p.Slug, pattern, "\\"));
#pragma warning restore CA1304, CA1311
        }
        if (filter.CategoryId is { } categoryId)
        {
            query = query.Where(p => p.CategoryId == categoryId);
        }
        query = filter.Kind switch
        {
            "physical" => query.Where(p => p.Kind == ProductKind.Physical),
            "code" => query.Where(p => p.Delivery == VirtualDelivery.Code),
            "file" => query.Where(p => p.Delivery == VirtualDelivery.File),
            _ => query,
        };
        if (filter.Published is { } published)
        {
            query = query.Where(p => p.IsPublished == published);
        }
        query = filter.MissingIn switch
        {
            // A text written in one language and not the other (Product.IsMissingTextIn, in SQL).
            Language.English => query.Where(p =>
                p.Name.English == null && p.Name.Chinese != null
                || p.ShortDescription.English == null && p.ShortDescription.Chinese != null
                || p.Description.English == null && p.Description.Chinese != null),
            Language.Chinese => query.Where(p =>
                p.Name.Chinese == null && p.Name.English != null
                || p.ShortDescription.Chinese == null && p.ShortDescription.English != null
                || p.Description.Chinese == null && p.Description.English != null),
            _ => query,
        };

        var total = await query.CountAsync(cancellationToken);
        var totalPages = Math.Max(1, (int)Math.Ceiling(total / (double)ProductFilter.PageSize));
        var page = Math.Min(filter.Page, totalPages);
        var products = await query
            .Include(p => p.Category)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Skip((page - 1) * ProductFilter.PageSize)
            .Take(ProductFilter.PageSize)
            .ToListAsync(cancellationToken);
        return new ProductListPage(filter, categories, products, total, page, totalPages, lowStock.CurrentValue.LowStockThreshold);
    }

    /// <summary>Published products that count their stock and are at or below the threshold, emptiest first.</summary>
    public async Task<LowStockPage> LowStockAsync()
    {
        var threshold = lowStock.CurrentValue.LowStockThreshold;
        var products = await db.Products.AsNoTracking()
            .Include(p => p.Category)
            .Where(p => p.IsPublished
                && (p.Kind == ProductKind.Physical || p.Delivery == VirtualDelivery.Code)
                && p.Stock <= threshold)
            .OrderBy(p => p.Stock).ThenBy(p => p.Id)
            .ToListAsync();
        return new LowStockPage(products, threshold);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
