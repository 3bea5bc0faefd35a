namespace Shop.Web.Areas.Admin.Features.Categories;

/// <summary>The create (<see cref="Id"/> null) or edit page of a category.</summary>
public sealed record CategoryFormPage(int? Id, CategoryForm Form, int ProductCount = 0);
