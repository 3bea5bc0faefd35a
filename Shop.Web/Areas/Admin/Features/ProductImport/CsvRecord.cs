namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>One record of a CSV file: the line it starts on (1 for the first), its fields, and what is wrong with its shape.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, CsvProblem Problem);
