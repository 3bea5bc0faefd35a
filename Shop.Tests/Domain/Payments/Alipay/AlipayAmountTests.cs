using System.Globalization;
using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class AlipayAmountTests
{
    [Theory]
    [InlineData("0.01", "0.01")]
    [InlineData("1234.5", "1234.50")]
    [InlineData("10", "10.00")]
    [InlineData("0", "0.00")]
    [InlineData("100000000", "100000000.00")]
    [InlineData("-5.5", "-5.50")]
    public void Format_writes_exactly_two_decimals(string amount, string expected)
    {
        Assert.Equal(expected, AlipayAmount.Format(decimal.Parse(amount, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void Format_ignores_a_culture_with_a_comma_decimal_separator(string cultureName)
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
            Assert.Equal("10,50", 10.5m.ToString("0.00", CultureInfo.CurrentCulture));

            Assert.Equal("10.50", AlipayAmount.Format(10.5m));
            Assert.Equal("1234567.00", AlipayAmount.Format(1234567m));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Format_refuses_to_round_a_third_decimal()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AlipayAmount.Format(12.345m));
    }

    [Fact]
    public void Format_keeps_decimal_arithmetic_exact_where_float_would_not()
    {
        Assert.Equal("0.30", AlipayAmount.Format(0.1m + 0.2m));
    }

    [Theory]
    [InlineData("0.01", "0.01")]
    [InlineData("10", "10.00")]
    [InlineData("10.5", "10.50")]
    [InlineData("10.50", "10.50")]
    [InlineData("1234.50", "1234.50")]
    [InlineData("100000000.00", "100000000")]
    [InlineData("100000000", "100000000")]
    public void Validate_accepts_plain_amounts_in_range(string text, string expected)
    {
        Assert.Equal(AlipayAmountProblem.None, AlipayAmount.Validate(text, out var amount));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("10,00")]
    [InlineData("1,000.00")]
    [InlineData("1e9")]
    [InlineData("1E2")]
    [InlineData("12.345")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1\n")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("007")]
    [InlineData("¥10")]
    [InlineData("١٠")]
    [InlineData("ten")]
    public void Validate_calls_separators_exponents_signs_and_whitespace_malformed(string? text)
    {
        Assert.Equal(AlipayAmountProblem.Malformed, AlipayAmount.Validate(text, out _));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.00")]
    [InlineData("0.001")]
    [InlineData("100000000.01")]
    [InlineData("999999999999999999999999999999999999")]
    public void Validate_tells_out_of_range_apart_from_malformed(string text)
    {
        var expected = text == "0.001" ? AlipayAmountProblem.Malformed : AlipayAmountProblem.OutOfRange;

        Assert.Equal(expected, AlipayAmount.Validate(text, out _));
    }

    [Fact]
    public void Ten_equals_ten_point_zero_zero()
    {
        AlipayAmount.Validate("10", out var ten);
        AlipayAmount.Validate("10.00", out var tenPointZeroZero);

        Assert.Equal(ten, tenPointZeroZero);
    }

    [Fact]
    public void Format_check_alone_accepts_zero_for_free_shipping()
    {
        Assert.True(AlipayAmount.TryParseFormat("0.00", out var amount));
        Assert.Equal(0m, amount);
        Assert.False(AlipayAmount.TryParseFormat("0,00", out _));
    }

    [Theory]
    [InlineData("-0.50", "-0.50")]
    [InlineData("1111.11", "1111.11")]
    [InlineData("0.001", "0.001")]
    public void Reported_amounts_may_carry_a_sign(string text, string expected)
    {
        Assert.True(AlipayAmount.TryParseReported(text, out var amount));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("10,00")]
    [InlineData("1e3")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("99999999999999999999999999999999999")]
    public void Reported_amounts_that_are_not_numbers_read_as_nothing(string? text)
    {
        Assert.False(AlipayAmount.TryParseReported(text, out _));
    }
}
