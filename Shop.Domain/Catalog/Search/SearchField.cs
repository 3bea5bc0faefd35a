namespace Shop.Domain.Catalog.Search;

/// <summary>Where in a product a query word was found, the better place last (a name match beats all others).</summary>
public enum SearchField
{
    FullDescription = 1,
    ShortDescription = 2,
    Category = 3,
    Name = 4,
}
