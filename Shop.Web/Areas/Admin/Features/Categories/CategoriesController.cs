using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.Categories;

public class CategoriesController(CategoryAdminService categories, IStringLocalizer<SharedResource> localizer) : AdminController
{
    [HttpGet("/admin/categories")]
    public async Task<IActionResult> Index() => View(await categories.ListAsync());

    [HttpGet("/admin/categories/new")]
    public IActionResult New() => View(new CategoryFormPage(null, new CategoryForm { SortOrder = "0" }));

    [HttpPost("/admin/categories")]
    public async Task<IActionResult> Create(CategoryForm form)
    {
        var result = await categories.CreateAsync(form);
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(New), new CategoryFormPage(null, form));
        }
        TempData.Flash(FlashKind.Message, localizer["The category was created."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("/admin/categories/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id) =>
        await categories.EditPageAsync(id) is { } page ? View(page) : NotFound();

    [HttpPost("/admin/categories/{id:int}")]
    public async Task<IActionResult> Update(int id, CategoryForm form)
    {
        var result = await categories.UpdateAsync(id, form);
        if (result is null)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            var page = await categories.EditPageAsync(id, form);
            if (page is null)
            {
                return NotFound();
            }
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Edit), page);
        }
        TempData.Flash(FlashKind.Message, localizer["The category was saved."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("/admin/categories/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id)
    {
        var (outcome, productCount) = await categories.DeleteAsync(id);
        switch (outcome)
        {
            case CategoryDeletion.NotFound:
                return NotFound();
            case CategoryDeletion.HasProducts:
                TempData.Flash(FlashKind.Warning, localizer["This category holds {0} products, so it cannot be deleted. Move them to another category first.", productCount]);
                return RedirectToAction(nameof(Edit), new { id });
            default:
                TempData.Flash(FlashKind.Message, localizer["The category was deleted."]);
                return RedirectToAction(nameof(Index));
        }
    }

    /// <summary>Shows each problem next to its field: the fields are posted as Form.Name, Form.Slug...</summary>
    private void AddErrors(IEnumerable<FieldError> errors) =>
        ModelState.AddFieldErrors(errors, localizer, nameof(CategoryFormPage.Form) + ".");
}
