namespace Shop.Web.Areas.Admin.Features.Shared;

/// <summary>
/// A text of a catalog form typed side by side in Chinese and English (<c>_BilingualField</c>):
/// posted as <c>Form.{Field}Zh</c> and <c>Form.{Field}En</c>; <see cref="Rows"/> above 1 makes text
/// areas. The English box of the name suggests the slug (<see cref="SuggestsSlug"/>).
/// </summary>
public sealed record BilingualField(
    string Field, string Label, string? Chinese, string? English, int MaxLength, int Rows = 1, bool SuggestsSlug = false);
