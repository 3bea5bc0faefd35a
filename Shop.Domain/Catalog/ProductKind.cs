namespace Shop.Domain.Catalog;

public enum ProductKind
{
    Physical,
    Virtual,
}
