using Shop.Domain.Ordering;

namespace Shop.Tests.Domain;

public class OrderNumberTests
{
    [Fact]
    public void An_order_number_is_china_time_and_six_random_digits()
    {
        var number = OrderNumber.New(new DateTime(2026, 11, 25, 20, 30, 15, DateTimeKind.Utc));
        Assert.StartsWith("20261126043015", number);
        Assert.True(OrderNumber.IsWellFormed(number));
        Assert.True(number.Length <= 64);
    }

    [Fact]
    public void Order_numbers_placed_in_the_same_second_differ()
    {
        var now = DateTime.UtcNow;
        var numbers = Enumerable.Range(0, 50).Select(_ => OrderNumber.New(now)).ToHashSet();
        Assert.True(numbers.Count > 45);
    }

    [Theory]
    [InlineData("2026112520301512345")]
    [InlineData("20261125203015123456x")]
    [InlineData("2026112520301512345a")]
    [InlineData("")]
    public void Anything_but_twenty_digits_is_not_an_order_number(string value) =>
        Assert.False(OrderNumber.IsWellFormed(value));
}
