namespace Shop.Web.Areas.Admin.Catalog;

public enum ProductDeletion
{
    Deleted,
    NotFound,

    /// <summary>Orders name the product: it stays, and can be unpublished instead.</summary>
    Ordered,
}
