using System.Globalization;
using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.Categories;

/// <summary>The category form as posted, its texts in both languages; the sort order stays text so that it is read strictly.</summary>
public class CategoryForm
{
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public string? Slug { get; set; }
    public string? DescriptionZh { get; set; }
    public string? DescriptionEn { get; set; }
    public string? SortOrder { get; set; }

    public static CategoryForm For(Category category) => new()
    {
        NameZh = category.Name.Chinese,
        NameEn = category.Name.English,
        Slug = category.Slug,
        DescriptionZh = category.Description.Chinese,
        DescriptionEn = category.Description.English,
        SortOrder = category.SortOrder.ToString(CultureInfo.InvariantCulture),
    };
}
