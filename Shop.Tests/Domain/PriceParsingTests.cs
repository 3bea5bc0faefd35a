using Shop.Domain.Catalog;

namespace Shop.Tests.Domain;

public class PriceParsingTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData(" 1234.50 ", 1234.5)]
    [InlineData("0.01", 0.01)]
    [InlineData("100000000", 100000000)]
    public void Digits_with_at_most_two_decimals_are_a_price(string text, decimal expected)
    {
        Assert.Equal(PriceProblem.None, Price.TryParse(text, out var price));
        Assert.Equal(expected, price);
    }

    [Theory]
    [InlineData(null, PriceProblem.Missing)]
    [InlineData("  ", PriceProblem.Missing)]
    [InlineData("abc", PriceProblem.NotANumber)]
    [InlineData("1e3", PriceProblem.NotANumber)]
    [InlineData("1,000", PriceProblem.NotANumber)]
    [InlineData("12,50", PriceProblem.NotANumber)]
    [InlineData("12.", PriceProblem.NotANumber)]
    [InlineData("+5", PriceProblem.NotANumber)]
    [InlineData("-1", PriceProblem.NotPositive)]
    [InlineData("0", PriceProblem.NotPositive)]
    [InlineData("0.00", PriceProblem.NotPositive)]
    [InlineData("12.345", PriceProblem.TooManyDecimals)]
    [InlineData("100000000.01", PriceProblem.TooLarge)]
    [InlineData("99999999999999999999", PriceProblem.TooLarge)]
    public void Anything_else_is_refused_with_its_reason(string? text, PriceProblem problem)
    {
        Assert.Equal(problem, Price.TryParse(text, out var price));
        Assert.Equal(0m, price);
    }
}
