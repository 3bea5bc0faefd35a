namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>
/// What an import came to. <see cref="FileErrors"/> refuse the whole file before any row is
/// written; otherwise every valid row was added or updated, and each refused row is listed with its
/// line, up to <see cref="ProductCsvImport.MaxListedRows"/> of them (<see cref="RefusedCount"/> counts them all).
/// </summary>
public sealed record ProductImportResult(
    int Added,
    int Updated,
    int Unchanged,
    int RefusedCount,
    IReadOnlyList<RefusedRow> Refused,
    IReadOnlyList<ImportError> FileErrors)
{
    public bool FileRefused => FileErrors.Count > 0;

    public static ProductImportResult RefusedFile(params ImportError[] errors) => new(0, 0, 0, 0, [], errors);
}
