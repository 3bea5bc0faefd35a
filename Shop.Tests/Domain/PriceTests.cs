using Shop.Domain.Catalog;

namespace Shop.Tests.Domain;

public class PriceTests
{
    [Theory]
    [InlineData("0.01", true)]
    [InlineData("1234.50", true)]
    [InlineData("100000000", true)]
    [InlineData("0", false)]
    [InlineData("-1", false)]
    [InlineData("12.345", false)]
    [InlineData("100000000.01", false)]
    public void A_price_is_positive_with_at_most_two_decimals(string value, bool valid) =>
        Assert.Equal(valid, Price.IsValid(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Products_refuse_an_invalid_price()
    {
        var product = new Product(LocalizedText.ByScript("Tea"), "tea", LocalizedText.Empty, LocalizedText.Empty, 10m, ProductKind.Physical, 1, DateTime.UtcNow);
        Assert.Throws<ArgumentOutOfRangeException>(() => product.Update(LocalizedText.ByScript("Tea"), "tea", LocalizedText.Empty, LocalizedText.Empty, 0.001m, 1));
        Assert.Equal(10m, product.Price);
    }
}
