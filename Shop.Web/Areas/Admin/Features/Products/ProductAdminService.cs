using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// Creating, editing, publishing and deleting products, and replacing a product's download. A form
/// is read and checked whole first (<see cref="ProductFormReader"/>), so a refused form changes
/// nothing: not the product, not its picture. Its texts come in both languages, each checked on its
/// own; whatever saves a product (this form, an import filling a <see cref="ProductForm"/>) comes
/// here, and the search index follows in the same transaction (<see cref="Data.Search.SearchIndexInterceptor"/>).
/// </summary>
public class ProductAdminService(
    ShopDbContext db,
    ProductFormReader reader,
    ProductImages images,
    ProductDownloads downloads,
    ProductWriter writer,
    TimeProvider clock)
{
    public async Task<SaveResult> CreateAsync(ProductForm form)
    {
        var errors = new List<FieldError>();
        if (await reader.ReadNewAsync(form, errors) is not { } values)
        {
            return SaveResult.Failed(errors);
        }

        var product = new Product(values.Name, values.Slug, values.ShortDescription, values.Description, values.Price,
            values.Kind, values.CategoryId, clock.GetUtcNow().UtcDateTime, values.Delivery);
        if (values.Stock is { } stock)
        {
            product.SetStock(stock);
        }
        product.SetFeatured(form.Featured);
        if (form.Published)
        {
            product.Publish();
        }
        if (values.Image is { } image)
        {
            product.SetImage(await images.SaveAsync(form.Image!, image));
        }
        db.Products.Add(product);
        if (!await writer.TrySaveAsync())
        {
            images.Delete(product.ImageUrl);
            return SaveResult.Failed("", FormProblem.ChangedMeanwhile);
        }
        return SaveResult.Saved(product.Id);
    }

    /// <summary>Saves the edit form; null when there is no such product. The kind and delivery stay as created.</summary>
    public async Task<SaveResult?> UpdateAsync(int id, ProductForm form)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id);
        if (product is null)
        {
            return null;
        }
        var errors = new List<FieldError>();
        if (await reader.ReadChangesAsync(form, product, errors) is not { } values)
        {
            return SaveResult.Failed(errors);
        }

        product.Update(values.Name, values.Slug, values.ShortDescription, values.Description, values.Price, values.CategoryId);
        if (values.Stock is { } units)
        {
            product.SetStock(units);
        }
        product.SetFeatured(form.Featured);
        if (form.Published)
        {
            product.Publish();
        }
        else
        {
            product.Unpublish();
        }
        var oldImage = product.ImageUrl;
        if (values.Image is { } image)
        {
            product.SetImage(await images.SaveAsync(form.Image!, image));
        }
        if (!await writer.TrySaveAsync())
        {
            if (values.Image is not null)
            {
                images.Delete(product.ImageUrl);
            }
            return SaveResult.Failed("", FormProblem.ProductChangedMeanwhile);
        }
        if (values.Image is not null)
        {
            images.Delete(oldImage);
        }
        return SaveResult.Saved(id);
    }

    /// <summary>Publishes or unpublishes; false when there is no such product.</summary>
    public async Task<bool> SetPublishedAsync(int id, bool published)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id);
        if (product is null)
        {
            return false;
        }
        if (published)
        {
            product.Publish();
        }
        else
        {
            product.Unpublish();
        }
        await writer.SaveAsync();
        return true;
    }

    /// <summary>Replaces the file a file-delivered product hands to its buyers; the old file is removed once the new one is in place.</summary>
    public async Task<SaveResult?> ReplaceDownloadAsync(int id, IFormFile? file)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id);
        if (product is null || product.Delivery != VirtualDelivery.File)
        {
            return null;
        }
        if (downloads.Check(file) is { } error)
        {
            return SaveResult.Failed([error]);
        }
        var oldFile = product.DeliveryFileName;
        product.SetDeliveryFile(await downloads.SaveAsync(file!));
        if (!await writer.TrySaveAsync())
        {
            downloads.Delete(product.DeliveryFileName);
            return SaveResult.Failed(ProductDownloads.Field, FormProblem.ChangedMeanwhileTryAgain);
        }
        downloads.Delete(oldFile);
        return SaveResult.Saved(id);
    }

    /// <summary>Deletes a product no order names, with its codes and stored files.</summary>
    public async Task<ProductDeletion> DeleteAsync(int id)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id);
        if (product is null)
        {
            return ProductDeletion.NotFound;
        }
        if (await db.Set<OrderLine>().AnyAsync(l => l.ProductId == id))
        {
            return ProductDeletion.Ordered;
        }
        // Its codes go with it (cascade); none was sold, since no order names the product.
        db.Products.Remove(product);
        if (!await writer.TrySaveAsync())
        {
            // An order came in between the check and the delete: the foreign key refused.
            return ProductDeletion.Ordered;
        }
        images.Delete(product.ImageUrl);
        downloads.Delete(product.DeliveryFileName);
        return ProductDeletion.Deleted;
    }
}
