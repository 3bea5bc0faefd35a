using Shop.Domain.Catalog;

namespace Shop.Tests.Domain;

public class ProductStockTests
{
    private static Product Physical(int stock)
    {
        var product = new Product(LocalizedText.ByScript("Teapot"), "teapot", LocalizedText.Empty, LocalizedText.Empty, 268m, ProductKind.Physical, 1, DateTime.UtcNow);
        product.SetStock(stock);
        product.Publish();
        return product;
    }

    [Fact]
    public void Reserving_takes_stock_and_releasing_puts_it_back()
    {
        var product = Physical(5);
        Assert.True(product.TryReserve(3));
        Assert.Equal(2, product.Stock);
        product.Release(3);
        Assert.Equal(5, product.Stock);
    }

    [Fact]
    public void Reserving_more_than_the_stock_fails_and_changes_nothing()
    {
        var product = Physical(2);
        Assert.False(product.TryReserve(3));
        Assert.Equal(2, product.Stock);
    }

    [Fact]
    public void A_product_without_stock_or_unpublished_is_not_available()
    {
        Assert.False(Physical(0).IsAvailable);
        var hidden = Physical(3);
        hidden.Unpublish();
        Assert.False(hidden.IsAvailable);
    }

    [Fact]
    public void A_code_product_is_as_available_as_its_pool_is_full()
    {
        var card = new Product(LocalizedText.ByScript("Gift card"), "gift-card", LocalizedText.Empty, LocalizedText.Empty, 50m, ProductKind.Virtual, 1, DateTime.UtcNow, VirtualDelivery.Code);
        card.Publish();
        Assert.False(card.IsAvailable);
        card.AddCodes(2);
        Assert.True(card.IsAvailable);
        Assert.Equal(2, card.AvailableQuantity);
        Assert.Throws<InvalidOperationException>(() => card.SetStock(10));
    }

    [Fact]
    public void A_file_product_never_runs_out_once_it_has_its_file()
    {
        var ebook = new Product(LocalizedText.ByScript("eBook"), "ebook", LocalizedText.Empty, LocalizedText.Empty, 19.9m, ProductKind.Virtual, 1, DateTime.UtcNow, VirtualDelivery.File);
        ebook.Publish();
        Assert.False(ebook.IsAvailable);
        ebook.SetDeliveryFile("ebook.pdf");
        Assert.True(ebook.IsAvailable);
        Assert.Null(ebook.AvailableQuantity);
        Assert.True(ebook.TryReserve(99));
    }

    [Fact]
    public void A_file_product_has_no_stock_to_set()
    {
        var ebook = new Product(LocalizedText.ByScript("eBook"), "ebook", LocalizedText.Empty, LocalizedText.Empty, 19.9m, ProductKind.Virtual, 1, DateTime.UtcNow, VirtualDelivery.File);

        Assert.Throws<InvalidOperationException>(() => ebook.SetStock(10));
        Assert.Equal(0, ebook.Stock);
    }
}
