using Shop.Domain.Catalog;

namespace Shop.Web.Features.Home;

public sealed record HomeViewModel(IReadOnlyList<Category> Categories, IReadOnlyList<Product> Featured);
