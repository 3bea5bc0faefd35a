using Shop.Domain.Cart;

namespace Shop.Tests.Domain;

public class CartTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);

    private static Cart NewCart() => new(Guid.NewGuid(), null, Now);

    private static CartProduct InStock(int id, int? available = 100) => new(id, true, available);

    [Fact]
    public void Adding_the_same_product_twice_adds_the_quantities_up()
    {
        var cart = NewCart();
        cart.Add(InStock(1), 2, Now);
        var notice = cart.Add(InStock(1), 3, Now);

        Assert.Null(notice);
        var line = Assert.Single(cart.Lines);
        Assert.Equal(5, line.Quantity);
        Assert.Equal(5, cart.ItemCount);
    }

    [Fact]
    public void Adding_more_than_the_stock_caps_the_line_at_the_stock_and_says_so()
    {
        var cart = NewCart();
        var notice = cart.Add(InStock(1, available: 4), 7, Now);

        Assert.Equal(new CartNotice(CartNoticeKind.CappedToStock, 1, 4), notice);
        Assert.Equal(4, cart.Lines.Single().Quantity);
    }

    [Fact]
    public void A_line_never_holds_more_than_99()
    {
        var cart = NewCart();
        cart.Add(InStock(1, available: null), 60, Now);
        var notice = cart.Add(InStock(1, available: null), 60, Now);

        Assert.Equal(CartNoticeKind.CappedToMaximum, notice!.Kind);
        Assert.Equal(Cart.MaxQuantityPerLine, cart.Lines.Single().Quantity);
    }

    [Fact]
    public void Adding_a_sold_out_product_leaves_no_line()
    {
        var cart = NewCart();
        var notice = cart.Add(InStock(1, available: 0), 1, Now);

        Assert.Equal(CartNoticeKind.OutOfStock, notice!.Kind);
        Assert.True(cart.IsEmpty);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100)]
    public void Adding_a_quantity_outside_1_to_99_is_refused(int quantity)
    {
        var cart = NewCart();
        Assert.Throws<ArgumentOutOfRangeException>(() => cart.Add(InStock(1), quantity, Now));
        Assert.True(cart.IsEmpty);
    }

    [Fact]
    public void Setting_quantity_zero_removes_the_line()
    {
        var cart = NewCart();
        cart.Add(InStock(1), 2, Now);
        cart.SetQuantity(InStock(1), 0, Now);
        Assert.True(cart.IsEmpty);
    }

    [Fact]
    public void Setting_a_quantity_replaces_it_capped_by_stock()
    {
        var cart = NewCart();
        cart.Add(InStock(1, available: 10), 2, Now);
        var notice = cart.SetQuantity(InStock(1, available: 6), 9, Now);

        Assert.Equal(CartNoticeKind.CappedToStock, notice!.Kind);
        Assert.Equal(6, cart.Lines.Single().Quantity);
    }

    [Fact]
    public void Setting_the_quantity_of_a_product_not_in_the_cart_is_refused()
    {
        var cart = NewCart();
        cart.Add(InStock(1), 2, Now);

        Assert.Throws<InvalidOperationException>(() => cart.SetQuantity(InStock(2), 3, Now));
        Assert.Equal([1], cart.Lines.Select(l => l.ProductId));
    }

    [Fact]
    public void The_item_count_for_current_products_leaves_out_what_cannot_be_bought_and_changes_nothing()
    {
        var cart = NewCart();
        cart.Add(InStock(1), 2, Now);
        cart.Add(InStock(2), 5, Now);
        cart.Add(InStock(3), 1, Now);
        cart.Add(InStock(4), 3, Now);
        var products = new Dictionary<int, CartProduct>
        {
            [1] = InStock(1, available: null),
            [2] = InStock(2, available: 3),
            [3] = new(3, false, 10),
        };

        Assert.Equal(2 + 3, cart.ItemCountFor(products));
        Assert.Equal(11, cart.ItemCount);
    }

    [Fact]
    public void Merging_adds_quantities_up_and_caps_them_by_stock()
    {
        var mine = NewCart();
        mine.Add(InStock(1), 2, Now);
        mine.Add(InStock(2), 1, Now);
        var anonymous = NewCart();
        anonymous.Add(InStock(1), 3, Now);
        anonymous.Add(InStock(2), 5, Now);
        anonymous.Add(InStock(3), 1, Now);
        var products = new Dictionary<int, CartProduct>
        {
            [1] = InStock(1, available: 50),
            [2] = InStock(2, available: 4),
            [3] = InStock(3, available: 9),
        };

        var notices = mine.MergeFrom(anonymous, products, Now);

        Assert.Equal(5, mine.Lines.Single(l => l.ProductId == 1).Quantity);
        Assert.Equal(4, mine.Lines.Single(l => l.ProductId == 2).Quantity);
        Assert.Equal(1, mine.Lines.Single(l => l.ProductId == 3).Quantity);
        Assert.Equal([new CartNotice(CartNoticeKind.CappedToStock, 2, 4)], notices);
        Assert.True(anonymous.IsEmpty);
    }

    [Fact]
    public void Merging_leaves_out_products_that_can_no_longer_be_bought()
    {
        var mine = NewCart();
        var anonymous = NewCart();
        anonymous.Add(InStock(7), 1, Now);

        var notices = mine.MergeFrom(anonymous, new Dictionary<int, CartProduct> { [7] = new(7, false, 3) }, Now);

        Assert.True(mine.IsEmpty);
        Assert.Equal(CartNoticeKind.ProductUnavailable, Assert.Single(notices).Kind);
    }

    [Fact]
    public void Reconciling_drops_unpublished_and_deleted_products_and_caps_to_stock()
    {
        var cart = NewCart();
        cart.Add(InStock(1), 5, Now);
        cart.Add(InStock(2), 1, Now);
        cart.Add(InStock(3), 1, Now);
        var products = new Dictionary<int, CartProduct>
        {
            [1] = InStock(1, available: 2),
            [2] = new(2, IsPurchasable: false, AvailableQuantity: 10),
            // product 3 was deleted
        };

        var notices = cart.Reconcile(products, Now);

        Assert.Equal(2, Assert.Single(cart.Lines).Quantity);
        Assert.Equal(
            [CartNoticeKind.CappedToStock, CartNoticeKind.ProductUnavailable, CartNoticeKind.ProductUnavailable],
            notices.Select(n => n.Kind));
    }

    [Fact]
    public void Subtotal_is_the_sum_of_price_times_quantity()
    {
        var lines = new[] { new PricedCartLine(1, 12.50m, 3), new PricedCartLine(2, 0.01m, 7) };
        Assert.Equal(37.57m, CartPricing.Subtotal(lines));
        Assert.Equal(37.50m, lines[0].LineTotal);
    }
}
