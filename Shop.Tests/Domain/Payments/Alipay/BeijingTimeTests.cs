using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class BeijingTimeTests
{
    [Fact]
    public void Alipay_time_is_eight_hours_ahead_of_utc()
    {
        Assert.True(BeijingTime.TryParse("2021-12-01 01:01:01", out var instant));

        Assert.Equal(TimeSpan.FromHours(8), instant.Offset);
        Assert.Equal(new DateTime(2021, 11, 30, 17, 1, 1, DateTimeKind.Utc), instant.UtcDateTime);
    }

    [Fact]
    public void Utc_instant_is_written_on_the_beijing_clock()
    {
        var utc = new DateTime(2024, 12, 31, 20, 30, 0, DateTimeKind.Utc);

        Assert.Equal("2025-01-01 04:30:00", BeijingTime.Format(utc));
    }

    [Fact]
    public void Format_then_parse_gives_the_same_instant()
    {
        var instant = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(-5));

        Assert.True(BeijingTime.TryParse(BeijingTime.Format(instant), out var parsed));
        Assert.Equal(instant, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2021-12-01")]
    [InlineData("2021-12-01T01:01:01")]
    [InlineData("2021-13-01 01:01:01")]
    [InlineData("0001-01-01 00:00:00")]
    [InlineData("yesterday")]
    public void Malformed_times_are_not_read(string? text)
    {
        Assert.False(BeijingTime.TryParse(text, out _));
    }
}
