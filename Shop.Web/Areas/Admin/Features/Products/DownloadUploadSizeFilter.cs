using Microsoft.Extensions.Options;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>The download of a file-delivered product may be as large as <c>Storage:MaxDownloadBytes</c>.</summary>
public class DownloadUploadSizeFilter(IOptionsMonitor<UploadLimits> limits) : UploadSizeFilter(limits)
{
    protected override long MaxFileBytes(UploadLimits limits) => limits.MaxDownloadBytes;
}
