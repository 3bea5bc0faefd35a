using System.Globalization;
using Microsoft.Extensions.Localization;
using Shop.Web.Areas.Admin.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>What the import page and the import command say about a refused file or row, in the reader's language.</summary>
public static class ImportProblemText
{
    public static string Describe(ImportError error, IStringLocalizer localizer) => error.Problem switch
    {
        ImportProblem.FormRule => FormProblemText.Describe(error.FormError!, localizer),
        ImportProblem.NoFile => localizer["Choose a CSV file."],
        ImportProblem.FileTooLarge => localizer["The file is too large: the largest accepted is {0}.", FileSize.Format(Convert.ToInt64(error.Values[0], CultureInfo.InvariantCulture))],
        ImportProblem.FileEmpty => localizer["The file is empty: its first line must name the columns."],
        ImportProblem.ColumnsMissing => localizer["Required columns are missing: {0}.", error.Values],
        ImportProblem.ColumnsUnknown => localizer["Unknown columns: {0}. The columns of a product file are slug, category, kind, name, price and stock, and optionally description, published and featured.", error.Values],
        ImportProblem.ColumnsRepeated => localizer["Columns named more than once: {0}.", error.Values],
        ImportProblem.FieldCount => localizer["This row has {0} fields where the header has {1}.", error.Values],
        ImportProblem.QuoteNotClosed => localizer["A quoted field that starts on this line is never closed."],
        ImportProblem.TextAfterClosingQuote => localizer["A quoted field goes on after its closing quote."],
        ImportProblem.FieldTooLong => localizer["A field is longer than {0} characters.", error.Values],
        ImportProblem.NotUtf8 => localizer["This row is not UTF-8 text: save the file as “CSV UTF-8”."],
        ImportProblem.SlugRepeated => localizer["The slug “{0}” is already on line {1} of this file.", error.Values],
        ImportProblem.CategoryUnknown => localizer["No category has the slug “{0}”.", error.Values],
        ImportProblem.KindInvalid => localizer["Write Physical or Virtual."],
        ImportProblem.KindChanged => localizer["This product is {0}: a product keeps the kind it was created with.", localizer[(string)error.Values[0]].Value],
        ImportProblem.VirtualStock => localizer["The stock of a virtual product is its number of codes: leave the stock empty and add codes on the product's codes page."],
        _ => localizer["Write true or false."],
    };

    /// <summary>A refused row on one line, for the import command: <c>line 12: price: Enter a price.</c></summary>
    public static string Describe(RefusedRow row, IStringLocalizer localizer) =>
        localizer["line {0}", row.Line] + ": " + string.Join("; ", row.Errors.Select(error =>
            (error.Column is null ? "" : error.Column + ": ") + Describe(error, localizer)));
}
