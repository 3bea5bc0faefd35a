namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>What is wrong with the shape of a CSV record, whatever its fields mean.</summary>
public enum CsvProblem
{
    None,

    /// <summary>A quoted field runs to the end of the file: its closing quote is missing.</summary>
    QuoteNotClosed,

    /// <summary>A quoted field goes on after its closing quote (<c>"abc"def</c>).</summary>
    TextAfterClosingQuote,

    /// <summary>A field is longer than <see cref="CsvRecords.MaxFieldLength"/>; the rest of it was not kept.</summary>
    FieldTooLong,
}
