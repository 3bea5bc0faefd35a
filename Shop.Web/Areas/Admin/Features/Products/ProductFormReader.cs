using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// Reads a posted product form strictly, and checks all of it, the picture included, before
/// anything is stored: what is wrong is added to the errors and nothing comes back, so a refused
/// form changes nothing.
/// </summary>
public class ProductFormReader(ShopDbContext db, ProductImages images)
{
    /// <summary>The form of a new product, whose kind and delivery are chosen here.</summary>
    public async Task<ProductFormValues?> ReadNewAsync(ProductForm form, List<FieldError> errors)
    {
        var fields = await ReadFieldsAsync(form, null, errors);
        var (kind, delivery) = ReadKind(form, errors);
        int? stock = kind == ProductKind.Physical ? ProductFieldRules.ReadStock(form.Stock, errors) : null;
        var image = await CheckImageAsync(form.Image, errors);
        return errors.Count > 0 || fields is null ? null : fields.With(kind, delivery, stock, image);
    }

    /// <summary>The edit form of <paramref name="product"/>; its kind and delivery stay as created.</summary>
    public async Task<ProductFormValues?> ReadChangesAsync(ProductForm form, Product product, List<FieldError> errors)
    {
        var fields = await ReadFieldsAsync(form, product.Id, errors);
        var stock = product.Kind == ProductKind.Physical ? ReadStockChange(form, product.Stock, errors) : null;
        var image = await CheckImageAsync(form.Image, errors);
        return errors.Count > 0 || fields is null ? null : fields.With(product.Kind, product.Delivery, stock, image);
    }

    /// <summary>The fields every product has, read and checked; null when any is refused (the reasons are in <paramref name="errors"/>).</summary>
    private async Task<ProductFields?> ReadFieldsAsync(ProductForm form, int? productId, List<FieldError> errors)
    {
        var count = errors.Count;
        var (name, slug) = await NameAndSlug.ReadAsync(form.NameZh, form.NameEn, form.Slug, Product.NameMaxLength,
            async typed => (await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == typed && p.Id != productId))?.Name,
            errors);
        var shortDescription = LocalizedTextFields.Read("ShortDescription", form.ShortDescriptionZh, form.ShortDescriptionEn,
            Product.ShortDescriptionMaxLength, errors);
        var description = LocalizedTextFields.Read("Description", form.DescriptionZh, form.DescriptionEn,
            Product.DescriptionMaxLength, errors);
        var price = ProductFieldRules.ReadPrice(form.Price, errors);

        if (!int.TryParse(form.CategoryId, NumberStyles.None, CultureInfo.InvariantCulture, out var categoryId)
            || !await db.Categories.AnyAsync(c => c.Id == categoryId))
        {
            errors.Add(new(nameof(form.CategoryId), FormProblem.CategoryMissing));
        }

        return errors.Count == count ? new ProductFields(name, slug, shortDescription, description, price, categoryId) : null;
    }

    private static (ProductKind Kind, VirtualDelivery Delivery) ReadKind(ProductForm form, List<FieldError> errors)
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

    /// <summary>The stock to set, or null to leave it as orders left it: unchanged on the form, or refused.</summary>
    private static int? ReadStockChange(ProductForm form, int currentStock, List<FieldError> errors)
    {
        var stock = ProductFieldRules.ReadStock(form.Stock, errors);
        if (errors.Any(e => e.Field == nameof(ProductForm.Stock)))
        {
            return null;
        }
        if (!ProductFieldRules.TryReadCount(form.StockWhenOpened, out var opened))
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

    private sealed record ProductFields(
        LocalizedText Name, string Slug, LocalizedText ShortDescription, LocalizedText Description, decimal Price, int CategoryId)
    {
        public ProductFormValues With(ProductKind kind, VirtualDelivery delivery, int? stock, ProductImageFormat? image) =>
            new(Name, Slug, ShortDescription, Description, Price, CategoryId, kind, delivery, stock, image);
    }
}
