using Shop.Domain;

namespace Shop.Tests.Domain;

public class ChinaTimeTests
{
    [Fact]
    public void Alipay_time_is_eight_hours_ahead_of_utc()
    {
        Assert.True(ChinaTime.TryParse("2021-12-01 01:01:01", out var instant));

        Assert.Equal(TimeSpan.FromHours(8), instant.Offset);
        Assert.Equal(new DateTime(2021, 11, 30, 17, 1, 1, DateTimeKind.Utc), instant.UtcDateTime);
    }

    [Fact]
    public void Utc_instant_is_written_on_the_china_clock()
    {
        var utc = new DateTime(2024, 12, 31, 20, 30, 0, DateTimeKind.Utc);

        Assert.Equal("2025-01-01 04:30:00", ChinaTime.Format(utc));
        Assert.Equal("2025-01-01 04:30", ChinaTime.FormatToMinute(utc));
    }

    [Fact]
    public void A_time_read_back_from_the_database_without_a_kind_is_taken_as_utc()
    {
        var unspecified = new DateTime(2024, 12, 31, 20, 30, 0, DateTimeKind.Unspecified);

        Assert.Equal("2025-01-01 04:30:00", ChinaTime.Format(unspecified));
        Assert.Equal("", ChinaTime.FormatToMinute(null));
    }

    [Fact]
    public void Format_then_parse_gives_the_same_instant()
    {
        var instant = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(-5));

        Assert.True(ChinaTime.TryParse(ChinaTime.Format(instant), out var parsed));
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
        Assert.False(ChinaTime.TryParse(text, out _));
    }

    [Fact]
    public void A_day_in_china_begins_at_sixteen_hours_utc_the_day_before()
    {
        var day = new DateOnly(2020, 3, 1);

        Assert.Equal(new DateTime(2020, 2, 29, 16, 0, 0, DateTimeKind.Utc), ChinaTime.StartOf(day));
        Assert.Equal(DateTimeKind.Utc, ChinaTime.StartOf(day).Kind);
        Assert.Equal(day, ChinaTime.DateOf(new DateTime(2020, 2, 29, 16, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(day.AddDays(-1), ChinaTime.DateOf(new DateTime(2020, 2, 29, 15, 59, 59, DateTimeKind.Utc)));
    }
}
