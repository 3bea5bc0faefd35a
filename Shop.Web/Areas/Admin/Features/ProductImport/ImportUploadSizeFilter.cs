using Microsoft.Extensions.Options;
using Shop.Web.Areas.Admin.Features.Products;

namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>A product CSV file may be as large as <c>Storage:MaxImportBytes</c>.</summary>
public class ImportUploadSizeFilter(IOptionsMonitor<UploadLimits> limits) : UploadSizeFilter(limits)
{
    protected override long MaxFileBytes(UploadLimits limits) => limits.MaxImportBytes;
}
