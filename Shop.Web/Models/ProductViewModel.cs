using Shop.Domain.Catalog;

namespace Shop.Web.Models;

public sealed record ProductViewModel(Product Product, IReadOnlyList<Product> Related);
