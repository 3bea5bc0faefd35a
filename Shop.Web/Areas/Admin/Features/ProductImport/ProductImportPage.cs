namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>The import page: the upload form, and once a file was sent, what became of it.</summary>
public sealed record ProductImportPage(ProductImportResult? Result, long MaxFileBytes);
