using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Shop.Domain.Catalog;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.Products;

public class ProductsController(
    AdminProductSearch search,
    ProductFormPages pages,
    ProductAdminService products,
    IStringLocalizer<SharedResource> localizer) : AdminController
{
    [HttpGet("/admin/products")]
    public async Task<IActionResult> Index(
        string? q, string? category, string? kind, string? published, string? page, string? missing, CancellationToken cancellationToken) =>
        View(await search.SearchAsync(ProductFilter.FromQuery(q, category, kind, published, page, missing), cancellationToken));

    [HttpGet("/admin/products/low-stock")]
    public async Task<IActionResult> LowStock() => View(await search.LowStockAsync());

    [HttpGet("/admin/products/new")]
    public async Task<IActionResult> New() =>
        View(await pages.NewAsync(new ProductForm { Kind = nameof(ProductKind.Physical), Stock = "0" }));

    [HttpPost("/admin/products")]
    public async Task<IActionResult> Create(ProductForm form)
    {
        var result = await products.CreateAsync(form);
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(New), await pages.NewAsync(form));
        }
        TempData.Flash(FlashKind.Message, localizer["The product was created."]);
        return RedirectToEdit(result.Id);
    }

    [HttpGet("/admin/products/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id) =>
        await pages.EditAsync(id) is { } page ? View(page) : NotFound();

    [HttpPost("/admin/products/{id:int}")]
    public async Task<IActionResult> Update(int id, ProductForm form)
    {
        var result = await products.UpdateAsync(id, form);
        if (result is null)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return await InvalidEditAsync(id, form);
        }
        TempData.Flash(FlashKind.Message, localizer["The product was saved."]);
        return RedirectToEdit(id);
    }

    [HttpPost("/admin/products/{id:int}/publish")]
    public Task<IActionResult> Publish(int id, string? returnUrl) => SetPublishedAsync(id, true, returnUrl);

    [HttpPost("/admin/products/{id:int}/unpublish")]
    public Task<IActionResult> Unpublish(int id, string? returnUrl) => SetPublishedAsync(id, false, returnUrl);

    [HttpPost("/admin/products/{id:int}/download")]
    [TypeFilter(typeof(DownloadUploadSizeFilter))]
    public async Task<IActionResult> Download(int id, IFormFile? download)
    {
        var result = await products.ReplaceDownloadAsync(id, download);
        if (result is null)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(result.Errors, localizer);
            return await InvalidEditAsync(id, null);
        }
        TempData.Flash(FlashKind.Message, localizer["The download file was replaced."]);
        return RedirectToEdit(id);
    }

    [HttpPost("/admin/products/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id)
    {
        switch (await products.DeleteAsync(id))
        {
            case ProductDeletion.NotFound:
                return NotFound();
            case ProductDeletion.Ordered:
                TempData.Flash(FlashKind.Warning, localizer["This product was ordered, so it cannot be deleted: orders keep pointing to it. Unpublish it to take it off the shop."]);
                return RedirectToEdit(id);
            default:
                TempData.Flash(FlashKind.Message, localizer["The product was deleted."]);
                return RedirectToAction(nameof(Index));
        }
    }

    private async Task<IActionResult> SetPublishedAsync(int id, bool published, string? returnUrl)
    {
        try
        {
            if (!await products.SetPublishedAsync(id, published))
            {
                return NotFound();
            }
            TempData.Flash(FlashKind.Message, (published ? localizer["The product is on sale in the shop."] : localizer["The product was taken off the shop."]).Value);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Flash(FlashKind.Warning, localizer["Another change came first. Please try again."]);
        }
        // Back to the list page (with its filters) the button was on, or to the product.
        return Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith(Url.Action(nameof(Index))!, StringComparison.Ordinal)
            ? Redirect(returnUrl)
            : RedirectToEdit(id);
    }

    private RedirectToActionResult RedirectToEdit(int id) => RedirectToAction(nameof(Edit), new { id });

    private async Task<IActionResult> InvalidEditAsync(int id, ProductForm? form)
    {
        var page = await pages.EditAsync(id, form);
        if (page is null)
        {
            return NotFound();
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Edit), page);
    }

    /// <summary>Shows each problem next to its field: the product form's fields are posted as Form.Name, Form.Price...</summary>
    private void AddErrors(IEnumerable<FieldError> errors) =>
        ModelState.AddFieldErrors(errors, localizer, nameof(ProductFormPage.Form) + ".");
}
