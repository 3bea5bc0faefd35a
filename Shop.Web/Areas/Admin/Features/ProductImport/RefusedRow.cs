namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>A row left out of the import, with the line of the file it starts on and every reason.</summary>
public sealed record RefusedRow(int Line, IReadOnlyList<ImportError> Errors);
