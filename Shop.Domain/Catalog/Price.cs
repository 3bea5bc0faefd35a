namespace Shop.Domain.Catalog;

/// <summary>Rules every price in the shop follows: yuan, more than zero, at most two decimal places.</summary>
public static class Price
{
    public const decimal Max = 100_000_000m;

    public static bool IsValid(decimal value) =>
        value > 0 && value <= Max && decimal.Round(value, 2) == value;

    public static decimal Require(decimal value, string parameterName) =>
        IsValid(value)
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, value,
                "A price is more than 0 and at most 100000000, with at most two decimal places.");
}
