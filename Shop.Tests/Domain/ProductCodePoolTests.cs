using Shop.Domain.Catalog;

namespace Shop.Tests.Domain;

public class ProductCodePoolTests
{
    private static Product GiftCard(int codes)
    {
        var card = new Product(LocalizedText.ByScript("Gift card"), "gift-card", LocalizedText.Empty, LocalizedText.Empty, 50m, ProductKind.Virtual, 1, DateTime.UtcNow, VirtualDelivery.Code);
        card.AddCodes(codes);
        return card;
    }

    [Fact]
    public void Removing_unsold_codes_lowers_the_stock()
    {
        var card = GiftCard(3);

        Assert.True(card.TryRemoveCodes(1));

        Assert.Equal(2, card.Stock);
    }

    [Fact]
    public void Codes_held_for_unpaid_orders_cannot_be_removed()
    {
        var card = GiftCard(2);
        Assert.True(card.TryReserve(2));

        Assert.False(card.TryRemoveCodes(1));

        Assert.Equal(0, card.Stock);
    }

    [Fact]
    public void Only_code_delivered_products_have_codes_to_remove()
    {
        var teapot = new Product(LocalizedText.ByScript("Teapot"), "teapot", LocalizedText.Empty, LocalizedText.Empty, 268m, ProductKind.Physical, 1, DateTime.UtcNow);
        teapot.SetStock(5);

        Assert.Throws<InvalidOperationException>(() => teapot.TryRemoveCodes(1));
        Assert.Equal(5, teapot.Stock);
    }

    [Fact]
    public void A_code_is_sold_once()
    {
        var code = new ProductCode(1, "  ABCD-1234  ", DateTime.UtcNow);
        Assert.Equal("ABCD-1234", code.Code);
        Assert.False(code.IsSold);

        code.SellTo(7, 70, DateTime.UtcNow);

        Assert.True(code.IsSold);
        Assert.Throws<InvalidOperationException>(() => code.SellTo(8, 80, DateTime.UtcNow));
        Assert.Equal(7, code.OrderId);
    }
}
