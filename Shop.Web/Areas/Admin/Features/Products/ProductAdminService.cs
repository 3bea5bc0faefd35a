using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// Creating, editing, publishing and deleting products. A form is checked whole before anything is
/// stored, so a refused form changes nothing: not the product, not its picture.
/// </summary>
public class ProductAdminService(
    ShopDbContext db,
    ProductImages images,
    ProductDownloads downloads,
    IOptionsMonitor<UploadLimits> limits,
    TimeProvider clock)
{
    public async Task<ProductFormPage> CreatePageAsync(ProductForm form) =>
        new(form, await CategoriesAsync(), null, limits.CurrentValue.MaxImageBytes, limits.CurrentValue.MaxDownloadBytes);

    /// <summary>The edit page of a product, with <paramref name="form"/> as posted or, when null, filled from the product.</summary>
    public async Task<ProductFormPage?> EditPageAsync(int id, ProductForm? form = null)
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
            await EverOrderedAsync(id), unsoldCodes, downloads.Find(product.DeliveryFileName));
    }

    public async Task<SaveResult> CreateAsync(ProductForm form)
    {
        var errors = new List<FieldError>();
        var fields = await ReadFieldsAsync(form, null, errors);
        var (kind, delivery) = ReadKind(form, errors);
        var stock = kind == ProductKind.Physical ? ReadStock(form.Stock, errors) : 0;
        var image = await CheckImageAsync(form.Image, errors);
        if (errors.Count > 0 || fields is null)
        {
            return SaveResult.Failed(errors);
        }

        var product = new Product(fields.Name, fields.Slug, fields.Description, fields.Price, kind, fields.CategoryId,
            clock.GetUtcNow().UtcDateTime, delivery);
        if (kind == ProductKind.Physical)
        {
            product.SetStock(stock);
        }
        product.SetFeatured(form.Featured);
        if (form.Published)
        {
            product.Publish();
        }
        if (image is not null)
        {
            product.SetImage(await images.SaveAsync(form.Image!, image));
        }
        db.Products.Add(product);
        if (!await TrySaveAsync())
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
        var fields = await ReadFieldsAsync(form, id, errors);
        var stock = product.Kind == ProductKind.Physical ? ReadStockChange(form, product.Stock, errors) : null;
        var image = await CheckImageAsync(form.Image, errors);
        if (errors.Count > 0 || fields is null)
        {
            return SaveResult.Failed(errors);
        }

        product.Update(fields.Name, fields.Slug, fields.Description, fields.Price, fields.CategoryId);
        if (stock is { } units)
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
        if (image is not null)
        {
            product.SetImage(await images.SaveAsync(form.Image!, image));
        }
        if (!await TrySaveAsync())
        {
            if (image is not null)
            {
                images.Delete(product.ImageUrl);
            }
            return SaveResult.Failed("", FormProblem.ProductChangedMeanwhile);
        }
        if (image is not null)
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
        await db.SaveChangesAsync();
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
        if (!await TrySaveAsync())
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
        if (await EverOrderedAsync(id))
        {
            return ProductDeletion.Ordered;
        }
        // Its codes go with it (cascade); none was sold, since no order names the product.
        db.Products.Remove(product);
        if (!await TrySaveAsync())
        {
            // An order came in between the check and the delete: the foreign key refused.
            return ProductDeletion.Ordered;
        }
        images.Delete(product.ImageUrl);
        downloads.Delete(product.DeliveryFileName);
        return ProductDeletion.Deleted;
    }

    private Task<bool> EverOrderedAsync(int id) => db.Set<OrderLine>().AnyAsync(l => l.ProductId == id);

    private Task<List<Category>> CategoriesAsync() =>
        db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync();

    private async Task<bool> TrySaveAsync()
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The fields every product has, read and checked; null when any is refused (the reasons are in <paramref name="errors"/>).</summary>
    private async Task<ProductFields?> ReadFieldsAsync(ProductForm form, int? productId, List<FieldError> errors)
    {
        var count = errors.Count;
        var (name, slug) = await NameAndSlug.ReadAsync(form.Name, form.Slug, Product.NameMaxLength,
            typed => db.Products.Where(p => p.Slug == typed && p.Id != productId).Select(p => p.Name).FirstOrDefaultAsync(),
            errors);

        var description = form.Description?.Trim() ?? "";
        if (description.Length > Product.DescriptionMaxLength)
        {
            errors.Add(new(nameof(form.Description), FormProblem.TooLong, Product.DescriptionMaxLength));
        }

        FormProblem? priceProblem = Price.TryParse(form.Price, out var price) switch
        {
            PriceProblem.None => null,
            PriceProblem.Missing => FormProblem.PriceMissing,
            PriceProblem.NotANumber => FormProblem.PriceNotANumber,
            PriceProblem.NotPositive => FormProblem.PriceNotPositive,
            PriceProblem.TooManyDecimals => FormProblem.PriceTooManyDecimals,
            _ => FormProblem.PriceTooHigh,
        };
        if (priceProblem is { } problem)
        {
            errors.Add(new(nameof(form.Price), problem));
        }

        if (!int.TryParse(form.CategoryId, NumberStyles.None, CultureInfo.InvariantCulture, out var categoryId)
            || !await db.Categories.AnyAsync(c => c.Id == categoryId))
        {
            errors.Add(new(nameof(form.CategoryId), FormProblem.CategoryMissing));
        }

        return errors.Count == count ? new ProductFields(name, slug, description, price, categoryId) : null;
    }

    private (ProductKind Kind, VirtualDelivery Delivery) ReadKind(ProductForm form, List<FieldError> errors)
    {
        switch (form.Kind)
        {
            case nameof(ProductKind.Physical):
                return (ProductKind.Physical, VirtualDelivery.None);
            case nameof(ProductKind.Virtual) when form.Delivery == nameof(VirtualDelivery.Code):
                return (ProductKind.Virtual, VirtualDelivery.Code);
            case nameof(ProductKind.Virtual) when form.Delivery == nameof(VirtualDelivery.File):
                return (ProductKind.Virtual, VirtualDelivery.File);
            case nameof(ProductKind.Virtual):
                errors.Add(new(nameof(form.Delivery), FormProblem.DeliveryMissing));
                return (ProductKind.Virtual, VirtualDelivery.Code);
            default:
                errors.Add(new(nameof(form.Kind), FormProblem.KindMissing));
                return (ProductKind.Physical, VirtualDelivery.None);
        }
    }

    private int ReadStock(string? text, List<FieldError> errors)
    {
        if (TryReadCount(text, out var stock))
        {
            return stock;
        }
        errors.Add(new(nameof(ProductForm.Stock), FormProblem.StockNotACount));
        return 0;
    }

    /// <summary>The stock to set, or null to leave it as orders left it: unchanged on the form, or refused.</summary>
    private int? ReadStockChange(ProductForm form, int currentStock, List<FieldError> errors)
    {
        var stock = ReadStock(form.Stock, errors);
        if (errors.Any(e => e.Field == nameof(ProductForm.Stock)))
        {
            return null;
        }
        if (!TryReadCount(form.StockWhenOpened, out var opened))
        {
            return stock;
        }
        if (stock == opened)
        {
            return null;
        }
        if (currentStock != opened)
        {
            errors.Add(new(nameof(ProductForm.Stock), FormProblem.StockChangedMeanwhile, currentStock));
            return null;
        }
        return stock;
    }

    private async Task<ProductImageFormat?> CheckImageAsync(IFormFile? file, List<FieldError> errors)
    {
        if (file is null)
        {
            return null;
        }
        var (format, error) = await images.CheckAsync(file);
        if (error is not null)
        {
            errors.Add(error);
        }
        return format;
    }

    private static bool TryReadCount(string? text, out int count) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count);

    private sealed record ProductFields(string Name, string Slug, string Description, decimal Price, int CategoryId);
}
