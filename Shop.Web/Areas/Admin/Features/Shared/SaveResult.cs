namespace Shop.Web.Areas.Admin.Features.Shared;

/// <summary>What saving a form came to: the id of what was saved, or the problems to show on the form.</summary>
public sealed record SaveResult(int Id, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static SaveResult Saved(int id) => new(id, []);

    public static SaveResult Failed(IReadOnlyList<FieldError> errors) => new(0, errors);

    public static SaveResult Failed(string field, FormProblem problem) => new(0, [new FieldError(field, problem)]);
}
