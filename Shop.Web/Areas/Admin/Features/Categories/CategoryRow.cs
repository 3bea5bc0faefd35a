using Shop.Domain.Catalog;

namespace Shop.Web.Areas.Admin.Features.Categories;

/// <summary>A category in the admin list, with how many products it holds.</summary>
public sealed record CategoryRow(Category Category, int ProductCount);
