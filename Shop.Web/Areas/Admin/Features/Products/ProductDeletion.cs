namespace Shop.Web.Areas.Admin.Features.Products;

public enum ProductDeletion
{
    Deleted,
    NotFound,

    /// <summary>Orders name the product: it stays, and can be unpublished instead.</summary>
    Ordered,
}
