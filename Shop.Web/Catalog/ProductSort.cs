namespace Shop.Web.Catalog;

public enum ProductSort
{
    Newest,
    Name,
    Price,
    PriceDescending,
}
