namespace Shop.Domain.Catalog.Search;

/// <summary>A word (letters and digits of any script but Chinese) or a run of Chinese characters, out of a normalised text.</summary>
public readonly record struct TextSegment(string Text, bool IsChinese);
