using System.Globalization;

namespace Shop.Web.Areas.Admin.Features.Shared;

/// <summary>Sizes as people read them in messages and lists: 512 B, 20 KB, 2 MB, 1.5 MB.</summary>
public static class FileSize
{
    private const long Kilobyte = 1024;
    private const long Megabyte = 1024 * Kilobyte;

    public static string Format(long bytes) => bytes switch
    {
        >= Megabyte => (bytes / (double)Megabyte).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= Kilobyte => (bytes / (double)Kilobyte).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };
}
