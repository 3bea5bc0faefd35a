namespace Shop.Domain.Catalog.Search;

/// <summary>One index token to look for; a prefix term also finds the tokens that start with it.</summary>
public sealed record SearchTerm(string Token, bool IsPrefix);
