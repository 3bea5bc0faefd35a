namespace Shop.Web.Areas.Admin.Features.ProductCodes;

/// <summary>What adding codes to a pool came to: how many were added and skipped, or why none were.</summary>
public sealed record CodeUpload(int Added, int Duplicates, string? Error)
{
    public static CodeUpload Refused(string error) => new(0, 0, error);
}
