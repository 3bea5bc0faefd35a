namespace Shop.Web.Areas.Admin.Features.Categories;

public enum CategoryDeletion
{
    Deleted,
    NotFound,

    /// <summary>Products are filed under it: they must move, or go, first.</summary>
    HasProducts,
}
