using Microsoft.Extensions.Options;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// The files file-delivered products hand to their buyers, stored under a random name in
/// <see cref="FileStorage.Downloads"/>. The extension is kept: buyers get the file as
/// "product name" + extension (see OrdersController.Download).
/// </summary>
public class ProductDownloads(FileStorage storage, IOptionsMonitor<UploadLimits> limits)
{
    private const int MaxExtensionLength = 10;

    /// <summary>The form field the download is posted in.</summary>
    public const string Field = "download";

    /// <summary>Why an uploaded download is refused, or null when it is accepted.</summary>
    public FieldError? Check(IFormFile? file)
    {
        var maxBytes = limits.CurrentValue.MaxDownloadBytes;
        if (file is null)
        {
            return new(Field, FormProblem.DownloadMissing);
        }
        if (file.Length == 0)
        {
            return new(Field, FormProblem.DownloadEmpty);
        }
        if (file.Length > maxBytes)
        {
            return new(Field, FormProblem.DownloadTooLarge, maxBytes);
        }
        return null;
    }

    /// <summary>Stores a checked file and answers its stored name, for <c>Product.DeliveryFileName</c>.</summary>
    public async Task<string> SaveAsync(IFormFile file)
    {
        var fileName = Guid.NewGuid().ToString("N") + SafeExtension(file.FileName);
        await using (var target = File.Create(Path.Combine(storage.Downloads, fileName)))
        {
            await file.CopyToAsync(target);
        }
        return fileName;
    }

    public FileInfo? Find(string? storedName)
    {
        if (storedName is null)
        {
            return null;
        }
        var file = new FileInfo(Path.Combine(storage.Downloads, Path.GetFileName(storedName)));
        return file.Exists ? file : null;
    }

    public void Delete(string? storedName)
    {
        if (storedName is not null)
        {
            File.Delete(Path.Combine(storage.Downloads, Path.GetFileName(storedName)));
        }
    }

    /// <summary>The uploaded name's extension when it is short letters and digits (".pdf", ".epub"); none otherwise.</summary>
    private static string SafeExtension(string uploadedName)
    {
        var extension = Path.GetExtension(uploadedName).ToLowerInvariant();
        return extension.Length is > 1 and <= MaxExtensionLength + 1 && extension[1..].All(char.IsAsciiLetterOrDigit)
            ? extension
            : "";
    }
}
