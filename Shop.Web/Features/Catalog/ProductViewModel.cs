using Shop.Domain.Catalog;

namespace Shop.Web.Features.Catalog;

public sealed record ProductViewModel(Product Product, IReadOnlyList<Product> Related);
