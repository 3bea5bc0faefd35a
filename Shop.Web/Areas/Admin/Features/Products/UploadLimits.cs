namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>The largest files the admin may upload, from the <c>Storage</c> configuration section.</summary>
public class UploadLimits
{
    public const string Section = "Storage";

    /// <summary><c>Storage:MaxImageBytes</c>: a product picture, 2 MB unless configured.</summary>
    public long MaxImageBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary><c>Storage:MaxDownloadBytes</c>: the file of a file-delivered product, 50 MB unless configured.</summary>
    public long MaxDownloadBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary><c>Storage:MaxImportBytes</c>: a CSV file of products uploaded on the admin's product list, 50 MB unless configured.</summary>
    public long MaxImportBytes { get; set; } = 50 * 1024 * 1024;
}
