namespace Shop.Domain.Catalog;

/// <summary>Why a price typed by a person was refused.</summary>
public enum PriceProblem
{
    None,
    Missing,
    NotANumber,
    NotPositive,
    TooManyDecimals,
    TooLarge,
}
