namespace Shop.Web.Data.Search;

/// <summary>A product the full-text index found, with the index's own rank of it (smaller is better).</summary>
public sealed record SearchHit(int ProductId, double Rank);
