using Shop.Domain.Donations;

namespace Shop.Tests.Domain;

public class DonationAmountTests
{
    [Theory]
    [InlineData("0.01", 0.01)]
    [InlineData("10", 10)]
    [InlineData(" 88.80 ", 88.8)]
    [InlineData("¥50", 50)]
    [InlineData("50000", 50000)]
    public void Amounts_in_yuan_with_up_to_two_decimals_are_taken(string text, double expected)
    {
        Assert.Equal(DonationAmountProblem.None, DonationAmount.TryParse(text, 50000m, out var amount));
        Assert.Equal((decimal)expected, amount);
    }

    [Theory]
    [InlineData(null, DonationAmountProblem.Missing)]
    [InlineData("  ", DonationAmountProblem.Missing)]
    [InlineData("abc", DonationAmountProblem.NotANumber)]
    [InlineData("1e9", DonationAmountProblem.NotANumber)]
    [InlineData("1,000", DonationAmountProblem.NotANumber)]
    [InlineData("-5", DonationAmountProblem.TooSmall)]
    [InlineData("0", DonationAmountProblem.TooSmall)]
    [InlineData("0.00", DonationAmountProblem.TooSmall)]
    [InlineData("12.345", DonationAmountProblem.TooManyDecimals)]
    [InlineData("50000.01", DonationAmountProblem.TooLarge)]
    [InlineData("99999999999999999999", DonationAmountProblem.TooLarge)]
    public void Anything_else_is_refused_with_its_reason(string? text, DonationAmountProblem problem)
    {
        Assert.Equal(problem, DonationAmount.TryParse(text, 50000m, out var amount));
        Assert.Equal(0m, amount);
    }
}
