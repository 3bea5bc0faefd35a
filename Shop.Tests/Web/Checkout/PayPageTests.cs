using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shop.Domain.Catalog;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Web.Payments;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Checkout;

/// <summary>The page that carries the buyer to the gateway sends exactly what docs/alipay-protocol.md §1 and §3 ask, signed.</summary>
public class PayPageTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private AlipayOptions Alipay => factory.Services.GetRequiredService<IOptions<AlipayOptions>>().Value;

    private static (string Action, Dictionary<string, string> Fields, List<string> Names) ReadForm(string html)
    {
        var (action, fields) = ShopPayments.ReadPayForm(html);
        return (action, fields.ToDictionary(), fields.Select(f => f.Key).ToList());
    }

    private static async Task<(string Number, string Html)> OrderAsync(HttpClient browser, Dictionary<string, string> fields)
    {
        var placed = await CheckoutTests.PlaceAsync(browser, fields);
        var payUrl = placed.RedirectPath()!;
        return (payUrl.Split('/')[2], await browser.GetStringAsync(payUrl));
    }

    [Fact]
    public async Task A_cart_with_physical_goods_is_paid_with_trade_create_by_buyer_as_one_item_with_its_logistics()
    {
        var product = await factory.AddProductAsync(price: 45.50m);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(product.Id, 3);

        var (number, html) = await OrderAsync(browser, CheckoutTests.Address("POST"));
        var (action, fields, names) = ReadForm(html);

        Assert.Equal(Alipay.Gateway().AbsoluteUri + "?_input_charset=utf-8", action);
        Assert.Equal(names.Count, names.Distinct().Count());
        string[] signedNames =
        [
            "_input_charset", "body", "it_b_pay", "logistics_fee", "logistics_payment", "logistics_type", "notify_url",
            "out_trade_no", "partner", "payment_type", "price", "quantity", "receive_address", "receive_mobile",
            "receive_name", "receive_zip", "return_url", "seller_email", "service", "show_url", "sign", "sign_type", "subject",
        ];
        Assert.Equal(signedNames, names.Order(StringComparer.Ordinal));
        Assert.Equal("trade_create_by_buyer", fields["service"]);
        Assert.Equal(Alipay.Partner, fields["partner"]);
        Assert.Equal(Alipay.SellerEmail, fields["seller_email"]);
        Assert.Equal("1", fields["payment_type"]);
        Assert.Equal(number, fields["out_trade_no"]);
        Assert.Equal("136.50", fields["price"]);
        Assert.Equal("1", fields["quantity"]);
        Assert.Equal(("POST", "8.00", "BUYER_PAY"), (fields["logistics_type"], fields["logistics_fee"], fields["logistics_payment"]));
        Assert.Equal(("张三", "浙江省杭州市西湖区文三路 100 号", "310000", "13800138000"),
            (fields["receive_name"], fields["receive_address"], fields["receive_zip"], fields["receive_mobile"]));
        Assert.Equal(Alipay.PublicBaseUrl + "/payments/alipay/notify", fields["notify_url"]);
        Assert.Equal(Alipay.PublicBaseUrl + "/payments/alipay/return", fields["return_url"]);
        Assert.True(fields["it_b_pay"] is "119m" or "120m", fields["it_b_pay"]); // the order's 2 hours, as minutes left
        Assert.Equal(product.Name.In(Language.Chinese), fields["subject"]);
        Assert.Equal("MD5", fields["sign_type"]);
        Assert.True(AlipaySignature.Verify(fields, fields["sign"], Alipay.Key, AlipayCharset.Utf8));
        Assert.Empty(AlipayRequestRules.CheckService(fields));
    }

    [Fact]
    public async Task Virtual_goods_are_paid_with_create_digital_goods_trade_p_and_the_total_fee()
    {
        var card = await factory.AddProductAsync(price: 50m, delivery: VirtualDelivery.Code, codes: 3);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(card.Id, 2);

        var (number, html) = await OrderAsync(browser, []);
        var (_, fields, names) = ReadForm(html);

        Assert.Equal("create_digital_goods_trade_p", fields["service"]);
        Assert.Equal("100.00", fields["total_fee"]);
        Assert.DoesNotContain("price", names);
        Assert.DoesNotContain("logistics_type", names);
        Assert.DoesNotContain("receive_name", names);
        Assert.Equal(number, fields["out_trade_no"]);
        Assert.True(AlipaySignature.Verify(fields, fields["sign"], Alipay.Key, AlipayCharset.Utf8));
    }

    [Fact]
    public async Task Paying_again_sends_the_same_trade_with_the_same_amounts()
    {
        var product = await factory.AddProductAsync(price: 30m);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(product.Id);
        var (number, first) = await OrderAsync(browser, CheckoutTests.Address());

        var again = ReadForm(await browser.GetStringAsync($"/orders/{number}/pay")).Fields;

        Assert.Equal(ReadForm(first).Fields, again);
    }

    [Fact]
    public async Task The_pay_page_of_a_closed_order_goes_back_to_the_order()
    {
        var product = await factory.AddProductAsync();
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(product.Id);
        var (number, _) = await OrderAsync(browser, CheckoutTests.Address());
        await browser.SubmitFormAsync($"/orders/{number}", [], action: $"/orders/{number}/cancel");

        var response = await browser.GetAsync($"/orders/{number}/pay");

        Assert.Equal($"/orders/{number}", response.RedirectPath());
    }
}
