using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class AlipayUnpaidTimeoutTests
{
    private static readonly DateTime Created = new(2026, 11, 25, 20, 30, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("1m", 1)]
    [InlineData("90m", 90)]
    [InlineData("2h", 120)]
    [InlineData("15d", 15 * 24 * 60)]
    public void Whole_minutes_hours_and_days_are_read_and_close_the_trade_that_long_after_it_was_created(string text, int minutes)
    {
        Assert.True(AlipayUnpaidTimeout.TryParse(text, out var timeout));

        Assert.Equal(minutes, timeout.Minutes);
        Assert.True(timeout.IsWithinLimit);
        Assert.Equal(Created.AddMinutes(minutes), timeout.DeadlineFor(Created));
    }

    [Fact]
    public void One_c_closes_at_the_end_of_the_day_in_china_the_trade_was_created_on()
    {
        Assert.True(AlipayUnpaidTimeout.TryParse("1c", out var timeout));

        // 20:30 UTC on the 25th is 04:30 on the 26th in China; that day ends at 16:00 UTC on the 26th.
        Assert.Null(timeout.Minutes);
        Assert.True(timeout.IsWithinLimit);
        Assert.Equal(new DateTime(2026, 11, 26, 16, 0, 0, DateTimeKind.Utc), timeout.DeadlineFor(Created));
    }

    [Theory]
    [InlineData("16d")]
    [InlineData("361h")]
    [InlineData("21601m")]
    public void Longer_than_fifteen_days_is_read_but_not_within_the_limit(string text)
    {
        Assert.True(AlipayUnpaidTimeout.TryParse(text, out var timeout));
        Assert.False(timeout.IsWithinLimit);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("h")]
    [InlineData("1.5h")]
    [InlineData("0m")]
    [InlineData("02h")]
    [InlineData("-1d")]
    [InlineData("+1d")]
    [InlineData(" 2h")]
    [InlineData("2H")]
    [InlineData("2w")]
    [InlineData("2c")]
    [InlineData("99999999999999999999d")]
    public void Anything_else_is_not_an_unpaid_timeout(string? text)
    {
        Assert.False(AlipayUnpaidTimeout.TryParse(text, out _));
    }

    [Theory]
    [InlineData(120.0, "120m")]
    [InlineData(30.9, "30m")]
    [InlineData(1.5, "1m")]
    [InlineData(0.2, "1m")]
    [InlineData(-10.0, "1m")]
    public void Remaining_is_the_whole_minutes_left_and_at_least_one(double minutesLeft, string expected)
    {
        var now = new DateTime(2026, 1, 15, 2, 0, 0, DateTimeKind.Utc);
        Assert.Equal(expected, AlipayUnpaidTimeout.Remaining(now.AddMinutes(minutesLeft), now));
    }
}
