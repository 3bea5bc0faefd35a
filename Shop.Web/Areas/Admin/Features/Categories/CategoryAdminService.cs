using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.Categories;

/// <summary>
/// Creating, editing and deleting categories, their texts in both languages; a refused form changes
/// nothing. Renaming a category writes its products' rows of the search index again, in the same
/// transaction (<see cref="Data.Search.SearchIndexInterceptor"/>).
/// </summary>
public class CategoryAdminService(ShopDbContext db)
{
    public async Task<List<CategoryRow>> ListAsync()
    {
        var counts = await db.Products.GroupBy(p => p.CategoryId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync();
        return categories.Select(c => new CategoryRow(c, counts.GetValueOrDefault(c.Id))).ToList();
    }

    /// <summary>The edit page of a category, with <paramref name="form"/> as posted or, when null, filled from the category.</summary>
    public async Task<CategoryFormPage?> EditPageAsync(int id, CategoryForm? form = null)
    {
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
        return category is null
            ? null
            : new CategoryFormPage(id, form ?? CategoryForm.For(category), await db.Products.CountAsync(p => p.CategoryId == id));
    }

    public async Task<SaveResult> CreateAsync(CategoryForm form)
    {
        var errors = new List<FieldError>();
        var fields = await ReadFieldsAsync(form, null, errors);
        if (fields is null)
        {
            return SaveResult.Failed(errors);
        }
        var category = new Category(fields.Name, fields.Slug, fields.Description, fields.SortOrder);
        db.Categories.Add(category);
        return await TrySaveAsync() ? SaveResult.Saved(category.Id) : AnotherChangeCameFirst();
    }

    /// <summary>Saves the edit form; null when there is no such category.</summary>
    public async Task<SaveResult?> UpdateAsync(int id, CategoryForm form)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id);
        if (category is null)
        {
            return null;
        }
        var errors = new List<FieldError>();
        var fields = await ReadFieldsAsync(form, id, errors);
        if (fields is null)
        {
            return SaveResult.Failed(errors);
        }
        category.Update(fields.Name, fields.Slug, fields.Description, fields.SortOrder);
        return await TrySaveAsync() ? SaveResult.Saved(id) : AnotherChangeCameFirst();
    }

    public async Task<(CategoryDeletion Outcome, int ProductCount)> DeleteAsync(int id)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id);
        if (category is null)
        {
            return (CategoryDeletion.NotFound, 0);
        }
        var products = await db.Products.CountAsync(p => p.CategoryId == id);
        if (products > 0)
        {
            return (CategoryDeletion.HasProducts, products);
        }
        db.Categories.Remove(category);
        // A product filed under it in between makes the foreign key refuse.
        return await TrySaveAsync() ? (CategoryDeletion.Deleted, 0) : (CategoryDeletion.HasProducts, 1);
    }

    private static SaveResult AnotherChangeCameFirst() => SaveResult.Failed("", FormProblem.ChangedMeanwhile);

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

    private async Task<CategoryFields?> ReadFieldsAsync(CategoryForm form, int? categoryId, List<FieldError> errors)
    {
        var (name, slug) = await NameAndSlug.ReadAsync(form.NameZh, form.NameEn, form.Slug, Category.NameMaxLength,
            async typed => (await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == typed && c.Id != categoryId))?.Name,
            errors);
        var description = LocalizedTextFields.Read("Description", form.DescriptionZh, form.DescriptionEn, Category.DescriptionMaxLength, errors);

        var sortOrder = 0;
        if (!string.IsNullOrWhiteSpace(form.SortOrder)
            && !int.TryParse(form.SortOrder.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out sortOrder))
        {
            errors.Add(new(nameof(form.SortOrder), FormProblem.SortOrderNotANumber));
        }

        return errors.Count == 0 ? new CategoryFields(name, slug, description, sortOrder) : null;
    }

    private sealed record CategoryFields(LocalizedText Name, string Slug, LocalizedText Description, int SortOrder);
}
