namespace Shop.Web.Areas.Admin.Features.Shared;

/// <summary>A problem with one field of a posted form, in the words shown next to that field.</summary>
public sealed record FieldError(string Field, string Message);
