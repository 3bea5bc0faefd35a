using Microsoft.Extensions.Options;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// Pictures the admin uploads: checked by content, stored as uploaded under a random name in
/// <see cref="FileStorage.Images"/>, and served from <see cref="UrlPrefix"/>. The seed's pictures
/// under /images/products are static files of the app and are never touched here.
/// </summary>
public class ProductImages(FileStorage storage, IOptionsMonitor<UploadLimits> limits)
{
    public const string UrlPrefix = "/media/products/";

    /// <summary>The picture's format, or why it is refused (as a problem of the product form's picture).</summary>
    public async Task<(ProductImageFormat? Format, FieldError? Error)> CheckAsync(IFormFile file)
    {
        var maxBytes = limits.CurrentValue.MaxImageBytes;
        if (file.Length == 0)
        {
            return (null, Refused(FormProblem.ImageEmpty));
        }
        if (file.Length > maxBytes)
        {
            return (null, Refused(FormProblem.ImageTooLarge, maxBytes));
        }
        var header = new byte[ProductImageFormat.HeaderLength];
        await using (var stream = file.OpenReadStream())
        {
            header = header[..await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false)];
        }
        if (ProductImageFormat.Detect(header) is { } format)
        {
            return (format, null);
        }
        return (null, Refused(ProductImageFormat.LooksLikeSvg(file.FileName, file.ContentType, header)
            ? FormProblem.ImageIsSvg
            : FormProblem.ImageNotAPicture));
    }

    /// <summary>Stores a checked picture and answers the URL it is served at.</summary>
    public async Task<string> SaveAsync(IFormFile file, ProductImageFormat format)
    {
        var fileName = Guid.NewGuid().ToString("N") + format.Extension;
        await using (var target = File.Create(Path.Combine(storage.Images, fileName)))
        {
            await file.CopyToAsync(target);
        }
        return UrlPrefix + fileName;
    }

    /// <summary>Removes the stored file behind an uploaded picture's URL; other URLs (the seed's static pictures) are left alone.</summary>
    public void Delete(string? imageUrl)
    {
        if (imageUrl is null || !imageUrl.StartsWith(UrlPrefix, StringComparison.Ordinal))
        {
            return;
        }
        var path = Path.Combine(storage.Images, Path.GetFileName(imageUrl));
        File.Delete(path);
    }

    private static FieldError Refused(FormProblem problem, params object[] values) =>
        new(nameof(ProductForm.Image), problem, values);
}
