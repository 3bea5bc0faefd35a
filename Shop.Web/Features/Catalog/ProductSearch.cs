using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Web.Features.Catalog;

/// <summary>What buyers can see of the catalog: published products only.</summary>
public class ProductSearch(ShopDbContext db)
{
    public Task<List<Category>> CategoriesAsync() =>
        db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync();

    public async Task<ProductPage> SearchAsync(ProductSearchCriteria criteria)
    {
        var categories = await CategoriesAsync();
        var category = criteria.CategorySlug is null ? null : categories.Find(c => c.Slug == criteria.CategorySlug);
        var unknownCategory = criteria.CategorySlug is not null && category is null;

        var query = Published();
        if (category is not null)
        {
            query = query.Where(p => p.CategoryId == category.Id);
        }
        else if (unknownCategory)
        {
            query = query.Where(p => false);
        }
        if (criteria.Text is { } text)
        {
            var pattern = "%" + EscapeLike(text) + "%";
            query = query.Where(p => EF.Functions.Like(p.Name, pattern, "\\") || EF.Functions.Like(p.Description, pattern, "\\"));
        }

        var total = await query.CountAsync();
        var totalPages = Math.Max(1, (int)Math.Ceiling(total / (double)ProductSearchCriteria.PageSize));
        // A page past the end shows the last page rather than nothing (links go stale as products sell out).
        var page = Math.Min(criteria.Page, totalPages);

        var products = await Sort(query, criteria.Sort)
            .Skip((page - 1) * ProductSearchCriteria.PageSize)
            .Take(ProductSearchCriteria.PageSize)
            .ToListAsync();
        return new ProductPage(criteria, categories, category, unknownCategory, products, total, page, totalPages);
    }

    public Task<Product?> FindBySlugAsync(string slug) =>
        Published().Include(p => p.Category).FirstOrDefaultAsync(p => p.Slug == slug);

    public Task<List<Product>> FeaturedAsync(int count) =>
        Published().Where(p => p.IsFeatured).OrderByDescending(p => p.CreatedAt).Take(count).ToListAsync();

    public Task<List<Product>> RelatedAsync(Product product, int count) =>
        Published().Where(p => p.CategoryId == product.CategoryId && p.Id != product.Id)
            .OrderByDescending(p => p.IsFeatured).ThenByDescending(p => p.CreatedAt).Take(count).ToListAsync();

    private IQueryable<Product> Published() => db.Products.AsNoTracking().Where(p => p.IsPublished);

    private static IQueryable<Product> Sort(IQueryable<Product> query, ProductSort sort) => sort switch
    {
        ProductSort.Name => query.OrderBy(p => p.Name).ThenBy(p => p.Id),
        ProductSort.Price => query.OrderBy(p => p.Price).ThenBy(p => p.Id),
        ProductSort.PriceDescending => query.OrderByDescending(p => p.Price).ThenBy(p => p.Id),
        _ => query.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
    };

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
