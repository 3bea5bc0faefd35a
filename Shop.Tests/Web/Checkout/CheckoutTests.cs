using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Shipping;

namespace Shop.Tests.Web.Checkout;

public class CheckoutTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    internal static Dictionary<string, string> Address(string logistics = "EXPRESS") => new()
    {
        ["receiveName"] = "张三",
        ["receiveAddress"] = "浙江省杭州市西湖区文三路 100 号",
        ["receiveZip"] = "310000",
        ["receiveMobile"] = "13800138000",
        ["receivePhone"] = "",
        ["logisticsType"] = logistics,
    };

    internal static async Task<HttpResponseMessage> PlaceAsync(HttpClient browser, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync("/checkout");
        var fingerprint = System.Text.RegularExpressions.Regex.Match(page, "name=\"cartFingerprint\" value=\"([^\"]+)\"").Groups[1].Value;
        return await browser.SubmitFormAsync("/", new(fields) { ["cartFingerprint"] = fingerprint }, action: "/checkout");
    }

    [Fact]
    public async Task Checkout_asks_a_guest_to_sign_in_and_comes_back()
    {
        var response = await factory.CreateBrowser().GetAsync("/checkout");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login?ReturnUrl=%2Fcheckout", response.RedirectPath());
    }

    [Fact]
    public async Task An_empty_cart_goes_back_to_the_cart()
    {
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        var response = await browser.GetAsync("/checkout");
        Assert.Equal("/cart", response.RedirectPath());
    }

    [Fact]
    public async Task Placing_an_order_writes_it_reserves_stock_empties_the_cart_and_goes_to_pay()
    {
        var teapot = await factory.AddProductAsync(price: 68.50m, stock: 10);
        var (browser, email) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(teapot.Id, 2);

        var checkout = await browser.GetStringAsync("/checkout");
        Assert.Contains("name=\"receiveName\"", checkout);
        Assert.Contains("value=\"Ems\"", checkout);

        var response = await PlaceAsync(browser, Address("EMS"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var number = response.RedirectPath()!.Split('/')[2];
        Assert.Equal($"/orders/{number}/pay", response.RedirectPath());
        var order = await factory.QueryAsync(db => db.Orders.Include(o => o.Lines).Include(o => o.History).SingleAsync(o => o.Number == number));
        Assert.Equal(OrderKind.Physical, order.Kind);
        Assert.Equal(OrderStatus.PendingPayment, order.Status);
        Assert.Equal("trade_create_by_buyer", order.PaymentService);
        Assert.Equal(email, order.BuyerEmail);
        var line = Assert.Single(order.Lines);
        Assert.Equal((teapot.Id, teapot.Name, 68.50m, 2), (line.ProductId, line.ProductName, line.UnitPrice, line.Quantity));
        Assert.Equal(137.00m, order.GoodsTotal);
        Assert.Equal(new LogisticsQuote(LogisticsType.Ems, 22m, LogisticsPayment.BuyerPay), order.Logistics);
        Assert.Equal(159.00m, order.Total);
        Assert.Equal(new ShippingAddress("张三", "浙江省杭州市西湖区文三路 100 号", "310000", null, "13800138000"), order.ShippingAddress);
        Assert.True(order.PayBefore > order.CreatedAt.AddMinutes(119));
        Assert.Equal(OrderHistoryEvent.Placed, Assert.Single(order.History).Event);

        Assert.Equal(8, await factory.QueryAsync(db => db.Products.Where(p => p.Id == teapot.Id).Select(p => p.Stock).SingleAsync()));
        Assert.Contains("data-empty-cart", await browser.GetStringAsync("/cart"));
        Assert.Equal(1, await factory.QueryAsync(db => db.SavedAddresses.CountAsync(a => a.UserId == order.UserId)));
    }

    [Fact]
    public async Task A_goods_total_from_the_threshold_ships_free_paid_by_the_seller()
    {
        var expensive = await factory.AddProductAsync(price: 199m);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(expensive.Id);

        var number = (await PlaceAsync(browser, Address())).RedirectPath()!.Split('/')[2];

        var order = await factory.QueryAsync(db => db.Orders.SingleAsync(o => o.Number == number));
        Assert.Equal(new LogisticsQuote(LogisticsType.Express, 0m, LogisticsPayment.SellerPay), order.Logistics);
        Assert.Equal(199m, order.Total);
    }

    [Fact]
    public async Task A_bad_address_is_refused_field_by_field_and_nothing_is_written()
    {
        var product = await factory.AddProductAsync(stock: 5);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(product.Id, 2);
        var fields = Address();
        fields["receiveName"] = " ";
        fields["receiveZip"] = "31000";
        fields["receiveMobile"] = "12345";
        fields["logisticsType"] = "PIGEON";

        var response = await PlaceAsync(browser, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写收货人姓名", html);
        Assert.Contains("请填写 6 位邮政编码", html);
        Assert.Contains("请填写 11 位手机号码", html);
        Assert.Contains("请选择配送方式", html);
        Assert.Contains("浙江省杭州市西湖区文三路 100 号", html);
        Assert.Equal(0, await factory.QueryAsync(db => db.Orders.CountAsync(o => o.Lines.Any(l => l.ProductId == product.Id))));
        Assert.Equal(5, await factory.QueryAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Stock).SingleAsync()));
        Assert.Contains($"data-cart-line=\"{product.Id}\"", await browser.GetStringAsync("/cart"));
    }

    [Fact]
    public async Task An_address_with_characters_alipay_cannot_sign_is_refused_with_a_message_and_nothing_is_written()
    {
        var product = await factory.AddProductAsync(stock: 5);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(product.Id);
        var fields = Address();
        fields["receiveAddress"] = "文三路 100 号&total_fee=0.01";

        var response = await PlaceAsync(browser, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请不要使用 & = % + # 或换行", WebUtility.HtmlDecode(html));
        Assert.Equal(0, await factory.QueryAsync(db => db.Orders.CountAsync(o => o.Lines.Any(l => l.ProductId == product.Id))));
        Assert.Equal(5, await factory.QueryAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Stock).SingleAsync()));
    }

    [Theory]
    [InlineData("Post")]
    [InlineData("POST")]
    public async Task The_logistics_type_is_taken_in_the_shop_s_name_or_in_alipay_s(string posted)
    {
        var product = await factory.AddProductAsync(price: 20m);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(product.Id);

        var response = await PlaceAsync(browser, Address(posted));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var number = response.RedirectPath()!.Split('/')[2];
        var order = await factory.QueryAsync(db => db.Orders.SingleAsync(o => o.Number == number));
        Assert.Equal(new LogisticsQuote(LogisticsType.Post, 8m, LogisticsPayment.BuyerPay), order.Logistics);
    }

    [Theory]
    [InlineData("post")]
    [InlineData("DIRECT")]
    [InlineData("1")]
    public async Task Any_other_logistics_type_is_refused_and_nothing_is_written(string posted)
    {
        var product = await factory.AddProductAsync(stock: 5);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(product.Id);

        var response = await PlaceAsync(browser, Address(posted));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("请选择配送方式", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.QueryAsync(db => db.Orders.CountAsync(o => o.Lines.Any(l => l.ProductId == product.Id))));
    }

    [Fact]
    public async Task A_cart_of_virtual_goods_skips_the_address_and_pays_as_digital_goods()
    {
        var ebook = await factory.AddProductAsync(price: 19.90m, delivery: VirtualDelivery.File);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(ebook.Id);

        var checkout = await browser.GetStringAsync("/checkout");
        Assert.DoesNotContain("name=\"receiveName\"", checkout);
        Assert.Contains("data-virtual-only", checkout);

        var number = (await PlaceAsync(browser, [])).RedirectPath()!.Split('/')[2];
        var order = await factory.QueryAsync(db => db.Orders.SingleAsync(o => o.Number == number));
        Assert.Equal(OrderKind.Virtual, order.Kind);
        Assert.Equal("create_digital_goods_trade_p", order.PaymentService);
        Assert.Null(order.ShippingAddress);
        Assert.Null(order.Logistics);
        Assert.Equal(19.90m, order.Total);
    }

    [Fact]
    public async Task A_price_changed_since_the_page_was_shown_shows_the_new_totals_instead_of_ordering()
    {
        var product = await factory.AddProductAsync(price: 50m);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(product.Id);
        var page = await browser.GetStringAsync("/checkout");
        var fingerprint = System.Text.RegularExpressions.Regex.Match(page, "name=\"cartFingerprint\" value=\"([^\"]+)\"").Groups[1].Value;

        await factory.ChangeAsync(async db => (await db.Products.SingleAsync(p => p.Id == product.Id)).Update(product.Name, product.Slug, product.ShortDescription, product.Description, 60m, product.CategoryId));
        // The token comes from a page that does not look at the cart, as the buyer's open checkout page would.
        var response = await browser.SubmitFormAsync("/", new(Address()) { ["cartFingerprint"] = fingerprint }, action: "/checkout");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-checkout-warning", html);
        Assert.Contains("data-order-total=\"72.00\"", html);
        Assert.Equal(0, await factory.QueryAsync(db => db.Orders.CountAsync(o => o.Lines.Any(l => l.ProductId == product.Id))));
    }

    [Fact]
    public async Task Stock_that_ran_out_since_the_cart_was_filled_sends_the_buyer_back_to_the_cart()
    {
        var product = await factory.AddProductAsync(stock: 5);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(product.Id, 4);
        var page = await browser.GetStringAsync("/checkout");
        var fingerprint = System.Text.RegularExpressions.Regex.Match(page, "name=\"cartFingerprint\" value=\"([^\"]+)\"").Groups[1].Value;

        await factory.ChangeAsync(async db => (await db.Products.SingleAsync(p => p.Id == product.Id)).SetStock(3));
        // The token comes from a page that does not look at the cart, as the buyer's open checkout page would.
        var response = await browser.SubmitFormAsync("/", new(Address()) { ["cartFingerprint"] = fingerprint }, action: "/checkout");

        Assert.Equal("/cart", response.RedirectPath());
        Assert.Equal(0, await factory.QueryAsync(db => db.Orders.CountAsync(o => o.Lines.Any(l => l.ProductId == product.Id))));
        Assert.Equal(3, await factory.QueryAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Stock).SingleAsync()));
        var cart = await browser.GetStringAsync("/cart");
        Assert.Contains("value=\"3\"", cart);
    }

    [Fact]
    public async Task Cancelling_an_unpaid_order_closes_it_and_puts_the_stock_back()
    {
        var product = await factory.AddProductAsync(stock: 6);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(product.Id, 2);
        var number = (await PlaceAsync(browser, Address())).RedirectPath()!.Split('/')[2];
        Assert.Equal(4, await factory.QueryAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Stock).SingleAsync()));

        var response = await browser.SubmitFormAsync($"/orders/{number}", [], action: $"/orders/{number}/cancel");

        Assert.Equal($"/orders/{number}", response.RedirectPath());
        var order = await factory.QueryAsync(db => db.Orders.SingleAsync(o => o.Number == number));
        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.Equal(6, await factory.QueryAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Stock).SingleAsync()));
        Assert.Contains("data-order-status=\"Closed\"", await browser.GetStringAsync($"/orders/{number}"));
    }

    [Fact]
    public async Task Another_buyers_order_and_its_pay_page_do_not_exist_for_you()
    {
        var product = await factory.AddProductAsync();
        var (owner, _) = await factory.CreateSignedInBrowserAsync();
        await owner.AddToCartAsync(product.Id);
        var number = (await PlaceAsync(owner, Address())).RedirectPath()!.Split('/')[2];

        var (stranger, _) = await factory.CreateSignedInBrowserAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/orders/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/orders/{number}/pay")).StatusCode);
        var guest = await factory.CreateBrowser().GetAsync($"/orders/{number}");
        Assert.StartsWith("/Identity/Account/Login", guest.RedirectPath());
    }
}
