using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// Pictures the admin uploads: checked by content, stored as uploaded under a random name in
/// <see cref="FileStorage.Images"/>, and served from <see cref="UrlPrefix"/>. The seed's pictures
/// under /images/products are static files of the app and are never touched here.
/// </summary>
public class ProductImages(FileStorage storage, IOptionsMonitor<UploadLimits> limits, IStringLocalizer<SharedResource> localizer)
{
    public const string UrlPrefix = "/media/products/";

    /// <summary>The picture's format, or why it is refused.</summary>
    public async Task<(ProductImageFormat? Format, string? Error)> CheckAsync(IFormFile file)
    {
        var maxBytes = limits.CurrentValue.MaxImageBytes;
        if (file.Length == 0)
        {
            return (null, localizer["The picture file is empty."]);
        }
        if (file.Length > maxBytes)
        {
            return (null, localizer["The picture is too large: the largest accepted is {0}.", FileSize.Format(maxBytes)]);
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
        return ProductImageFormat.LooksLikeSvg(file.FileName, file.ContentType, header)
            ? (null, localizer["SVG pictures are not accepted because they can carry scripts. Upload a JPEG, PNG, WebP or GIF picture."])
            : (null, localizer["This file is not a JPEG, PNG, WebP or GIF picture."]);
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
}
