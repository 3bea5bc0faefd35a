namespace Shop.Domain.Catalog.Search;

/// <summary>How well a query word matched a text, the better last.</summary>
public enum SearchMatchKind
{
    None = 0,

    /// <summary>Inside a word or run of characters: <c>tea</c> in <c>steam</c>, <c>龙井</c> in <c>西湖龙井</c>.</summary>
    Substring = 1,

    /// <summary>At the start of a word or run of characters: <c>tea</c> in <c>teapot</c>, <c>龙井</c> in <c>龙井茶</c>.</summary>
    Prefix = 2,

    /// <summary>A whole word or run of characters: <c>tea</c> in <c>green tea</c>, <c>lj</c> for 龙井.</summary>
    Exact = 3,
}
