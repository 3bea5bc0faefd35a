using Shop.Web.Areas.Admin.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.ProductCodes;

/// <summary>What adding codes to a pool came to: how many were added and skipped, or why none were.</summary>
public sealed record CodeUpload(int Added, int Duplicates, FieldError? Error)
{
    /// <summary>The form field the codes are pasted in; a refused upload is shown there.</summary>
    public const string Field = "codes";

    public static CodeUpload Refused(FormProblem problem, params object[] values) => new(0, 0, new FieldError(Field, problem, values));
}
