namespace Shop.Web.Features.Catalog;

/// <summary>A product offered while the buyer types in the search box: its name in the buyer's language and its page.</summary>
public sealed record ProductSuggestion(string Name, string Url);
