using Shop.Web.Areas.Admin.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>
/// One reason a file or a row was refused: the column it concerns (null for the file or the row as
/// a whole), the problem, the values its message names, and for a rule of the product form, the
/// form's own error. <see cref="ImportProblemText"/> puts it in words.
/// </summary>
public sealed record ImportError(string? Column, ImportProblem Problem, FieldError? FormError, object[] Values)
{
    public static ImportError Of(ImportProblem problem, params object[] values) => new(null, problem, null, values);

    public static ImportError In(string column, ImportProblem problem, params object[] values) => new(column, problem, null, values);

    public static ImportError Form(string column, FieldError error) => new(column, ImportProblem.FormRule, error, []);
}
