using Shop.Domain.Catalog;

namespace Shop.Web.Models;

public sealed record HomeViewModel(IReadOnlyList<Category> Categories, IReadOnlyList<Product> Featured);
