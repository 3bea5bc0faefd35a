using System.Net;
using System.Text;
using Shop.Domain;
using Shop.Domain.Ordering;

namespace Shop.Tests.Web.Admin;

/// <summary>The order list as a CSV file that Excel opens with its Chinese intact.</summary>
public class OrderCsvExportTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private static string Token() => "C" + Guid.NewGuid().ToString("N")[..10];

    private async Task<(HttpResponseMessage Response, byte[] Bytes, string[] Lines)> ExportAsync(string query, string language = "en")
    {
        var browser = await factory.CreateAdminBrowserAsync(language);
        var response = await browser.GetAsync("/admin/orders.csv" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes, 3, bytes.Length - 3);
        return (response, bytes, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task The_file_is_UTF8_with_a_byte_order_mark_and_a_header_in_the_admins_language()
    {
        var token = Token();
        var order = await factory.AddGoodsOrderAsync(receiver: "张三" + token, price: 88m, fee: 12m, events: PaymentEvent.PaidIntoEscrow);

        var (response, bytes, lines) = await ExportAsync("?q=" + token);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(
            "Order number,Created (China time),Kind,Status,Payment,Buyer email,Receiver,Goods total,Logistics fee,Total,Amount paid,Alipay trade number,Refunded amount",
            lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Equal(
            $"{order.Number},{ChinaTime.FormatToMinute(order.CreatedAt)},Physical,Paid,Held in escrow,admin-orders-buyer@example.com,张三{token},88.00,12.00,100.00,100.00,{order.AlipayTradeNo},0.00",
            lines[1]);
    }

    [Fact]
    public async Task In_Chinese_the_header_and_the_words_are_Chinese()
    {
        var token = Token();
        await factory.AddGoodsOrderAsync(receiver: "李四" + token);

        var (_, _, lines) = await ExportAsync("?q=" + token, "zh-CN");

        Assert.StartsWith("订单号,下单时间（北京时间）,", lines[0]);
        Assert.Contains(",实物,等待付款,未付款,", lines[1]);
        Assert.Contains("李四" + token, lines[1]);
    }

    [Fact]
    public async Task A_comma_a_quote_or_a_line_break_is_quoted_and_a_formula_is_kept_as_text()
    {
        var token = Token();
        await factory.AddGoodsOrderAsync(receiver: $"王\"五\", {token}");
        await factory.AddGoodsOrderAsync(receiver: $"={token}+1");

        var (_, _, quoted) = await ExportAsync("?q=" + Uri.EscapeDataString($"五\", {token}"));
        var (_, _, formula) = await ExportAsync("?q=" + Uri.EscapeDataString($"={token}"));

        Assert.Contains($",\"王\"\"五\"\", {token}\",", quoted[1]);
        Assert.Contains($",'={token}+1,", formula[1]);
    }

    [Fact]
    public async Task The_export_has_every_order_the_filters_match_not_only_the_first_page()
    {
        var token = Token();
        for (var i = 0; i < 30; i++)
        {
            await factory.AddGoodsOrderAsync(receiver: token, events: PaymentEvent.PaidIntoEscrow);
        }
        var unpaid = await factory.AddGoodsOrderAsync(receiver: token);

        var (_, _, lines) = await ExportAsync($"?q={token}&status=AwaitingShipment&page=2");

        Assert.Equal(31, lines.Length);
        Assert.DoesNotContain(lines, line => line.StartsWith(unpaid.Number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_list_links_to_the_export_of_the_same_filters()
    {
        var browser = await factory.CreateAdminBrowserAsync();

        var page = await browser.GetHtmlAsync("/admin/orders?q=abc&kind=donation&sort=total&page=3");

        Assert.Equal("/admin/orders.csv?q=abc&kind=donation&sort=total", page.QuerySelector("[data-export-csv]")!.GetAttribute("href"));
    }
}
