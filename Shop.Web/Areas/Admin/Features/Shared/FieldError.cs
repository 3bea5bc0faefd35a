namespace Shop.Web.Areas.Admin.Features.Shared;

/// <summary>
/// A problem with one field of a posted form ("" for the form as a whole), with the values its
/// message names (a length limit, a slug...). <see cref="FormProblemText"/> puts it in words.
/// </summary>
public sealed record FieldError(string Field, FormProblem Problem, params object[] Values);
