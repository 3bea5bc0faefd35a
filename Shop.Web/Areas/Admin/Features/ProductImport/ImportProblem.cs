namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>Why a file, or a row of it, was refused. The values a problem names are those of its <see cref="ImportError"/>.</summary>
public enum ImportProblem
{
    /// <summary>A rule of the product form (the <see cref="ImportError.FormError"/>).</summary>
    FormRule,

    /// <summary>No file was chosen.</summary>
    NoFile,

    /// <summary>The largest file accepted, in bytes.</summary>
    FileTooLarge,

    /// <summary>Not even a header row.</summary>
    FileEmpty,

    /// <summary>The required columns the header lacks, comma-separated.</summary>
    ColumnsMissing,

    /// <summary>The header's columns no product has, comma-separated.</summary>
    ColumnsUnknown,

    /// <summary>The columns the header names twice, comma-separated.</summary>
    ColumnsRepeated,

    /// <summary>The fields of the row, the fields of the header.</summary>
    FieldCount,

    QuoteNotClosed,
    TextAfterClosingQuote,

    /// <summary>The longest field read.</summary>
    FieldTooLong,

    /// <summary>Bytes that are not UTF-8 (a file saved as GBK, say).</summary>
    NotUtf8,

    /// <summary>The slug, the line it was first on.</summary>
    SlugRepeated,

    /// <summary>The category slug given.</summary>
    CategoryUnknown,

    KindInvalid,

    /// <summary>The product's kind, which it keeps.</summary>
    KindChanged,

    /// <summary>A virtual product's stock is its codes; the stock column of its row must be empty (or say the same).</summary>
    VirtualStock,

    NotTrueOrFalse,
}
