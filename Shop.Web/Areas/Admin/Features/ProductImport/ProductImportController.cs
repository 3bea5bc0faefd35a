using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Shop.Web.Areas.Admin.Features.Products;

namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>Adding and updating products from a CSV file uploaded on the product list.</summary>
public class ProductImportController(ProductCsvImport import, IOptionsMonitor<UploadLimits> limits) : AdminController
{
    [HttpGet("/admin/products/import")]
    public IActionResult Index() => View(new ProductImportPage(null, limits.CurrentValue.MaxImportBytes));

    [HttpPost("/admin/products/import")]
    [TypeFilter(typeof(ImportUploadSizeFilter))]
    public async Task<IActionResult> Import(IFormFile? file)
    {
        var maxBytes = limits.CurrentValue.MaxImportBytes;
        ProductImportResult result;
        if (file is null)
        {
            result = ProductImportResult.RefusedFile(ImportError.Of(ImportProblem.NoFile));
        }
        else if (file.Length > maxBytes)
        {
            result = ProductImportResult.RefusedFile(ImportError.Of(ImportProblem.FileTooLarge, maxBytes));
        }
        else
        {
            await using var stream = file.OpenReadStream();
            result = await import.ImportAsync(stream, HttpContext.RequestAborted);
        }
        if (result.FileRefused)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return View(nameof(Index), new ProductImportPage(result, maxBytes));
    }
}
