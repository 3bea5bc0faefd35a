namespace Shop.Web.Features.Catalog;

public enum ProductSort
{
    /// <summary>Best match first: what a search is shown in unless the buyer picks another order.</summary>
    Relevance,
    Newest,
    Name,
    Price,
    PriceDescending,
}
