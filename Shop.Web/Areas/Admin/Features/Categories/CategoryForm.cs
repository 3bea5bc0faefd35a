using System.Globalization;
using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.Categories;

/// <summary>The category form as posted; the sort order stays text so that it is read strictly.</summary>
public class CategoryForm
{
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public string? Description { get; set; }
    public string? SortOrder { get; set; }

    public static CategoryForm For(Category category) => new()
    {
        Name = category.Name,
        Slug = category.Slug,
        Description = category.Description,
        SortOrder = category.SortOrder.ToString(CultureInfo.InvariantCulture),
    };
}
