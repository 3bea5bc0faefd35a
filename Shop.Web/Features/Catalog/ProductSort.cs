namespace Shop.Web.Features.Catalog;

public enum ProductSort
{
    Newest,
    Name,
    Price,
    PriceDescending,
}
