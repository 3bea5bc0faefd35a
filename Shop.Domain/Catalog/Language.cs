namespace Shop.Domain.Catalog;

/// <summary>The two languages the catalog is written in: Chinese (zh-CN, the shop's first) and English.</summary>
public enum Language
{
    Chinese,
    English,
}
