using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>The create and edit pages of a product: the form, and what the page shows beside it.</summary>
public class ProductFormPages(ShopDbContext db, ProductDownloads downloads, IOptionsMonitor<UploadLimits> limits)
{
    public async Task<ProductFormPage> NewAsync(ProductForm form) =>
        new(form, await CategoriesAsync(), null, limits.CurrentValue.MaxImageBytes, limits.CurrentValue.MaxDownloadBytes);

    /// <summary>The edit page of a product, with <paramref name="form"/> as posted or, when null, filled from the product.</summary>
    public async Task<ProductFormPage?> EditAsync(int id, ProductForm? form = null)
    {
        var product = await db.Products.AsNoTracking().Include(p => p.Category).FirstOrDefaultAsync(p => p.Id == id);
        if (product is null)
        {
            return null;
        }
        var unsoldCodes = product.Delivery == VirtualDelivery.Code
            ? await db.ProductCodes.CountAsync(c => c.ProductId == id && c.OrderId == null)
            : 0;
        return new ProductFormPage(
            form ?? ProductForm.For(product), await CategoriesAsync(), product,
            limits.CurrentValue.MaxImageBytes, limits.CurrentValue.MaxDownloadBytes,
            await db.Set<OrderLine>().AnyAsync(l => l.ProductId == id), unsoldCodes, downloads.Find(product.DeliveryFileName));
    }

    private Task<List<Category>> CategoriesAsync() =>
        db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync();
}
