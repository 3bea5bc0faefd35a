using System.Security.Cryptography;
using System.Text;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Web;

namespace Shop.Tests.Sandbox;

/// <summary>A request in GBK: signed, read and notified in GBK bytes, never in UTF-8.</summary>
public class GbkTests(SandboxWebApplicationFactory factory) : IClassFixture<SandboxWebApplicationFactory>
{
    private const string Subject = "贝尔金护腕式";

    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding("gbk")!;

    private readonly SandboxBrowser _browser = SandboxBrowser.Open(factory);

    /// <summary>Every byte of the subject's GBK encoding as %XX, worked out here rather than by the library.</summary>
    private static string GbkPercentEncoded(string text) => string.Concat(Gbk.GetBytes(text).Select(b => $"%{b:X2}"));

    /// <summary>docs/alipay-protocol.md §2 by hand: sorted name=value pairs without sign, sign_type and empty values, then the key, MD5 over GBK bytes.</summary>
    private static string IndependentGbkSign(IReadOnlyDictionary<string, string> parameters, string key)
    {
        var canonical = string.Join('&', parameters
            .Where(p => p.Key != "sign" && p.Key != "sign_type" && p.Value.Length > 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));
        return Convert.ToHexStringLower(MD5.HashData(Gbk.GetBytes(canonical + key)));
    }

    [Fact]
    public async Task A_Chinese_subject_signed_by_the_library_as_GBK_is_accepted_and_notified_in_GBK_bytes()
    {
        var sink = NotifySink.NewName();
        var signed = new AlipayRequestBuilder(TestMerchants.Shop(AlipayCharset.Gbk)).BuildDirectPay(
            new DirectPayRequest(PaymentRequests.NewOutTradeNo(), Subject)
            {
                TotalFee = 100m,
                NotifyUrl = NotifySink.UrlFor(sink),
                ReturnUrl = PaymentRequests.ReturnUrl,
            });
        Assert.Equal(IndependentGbkSign(signed.Parameters, TestMerchants.ShopKey), signed.Parameters["sign"]);

        var cashier = await _browser.SubmitAsync(signed);

        Assert.True(cashier.IsCashier, cashier.ErrorCode);
        Assert.Contains($"data-subject>{Subject}</h1>", cashier.Html);
        var trade = await factory.TradeAsync(cashier.TradeNo);
        Assert.Equal(Subject, trade.Request.Subject);
        Assert.Equal("gbk", trade.Charset);

        var paid = await _browser.PayAsync(cashier);

        Assert.Contains("subject=" + GbkPercentEncoded(Subject), paid.Headers.Location!.Query);
        await Eventually.Until(() => factory.Sink.ReceivedBy(sink).Count == 1, "the GBK notification");
        var received = factory.Sink.ReceivedBy(sink)[0];
        Assert.Equal("application/x-www-form-urlencoded; charset=gbk", received.ContentType);
        var body = Encoding.ASCII.GetString(received.Body);
        Assert.Contains("subject=" + GbkPercentEncoded(Subject), body);
        Assert.DoesNotContain(Uri.EscapeDataString(Subject), body);
        var notified = received.Parameters(AlipayCharset.Gbk);
        Assert.Equal(Subject, notified["subject"]);
        Assert.Equal(IndependentGbkSign(notified, TestMerchants.ShopKey), notified["sign"]);
        Assert.True(AlipaySignature.Verify(notified, notified["sign"], TestMerchants.ShopKey, AlipayCharset.Gbk));
        Assert.False(AlipaySignature.Verify(notified, notified["sign"], TestMerchants.ShopKey, AlipayCharset.Utf8));
    }

    [Fact]
    public async Task A_GBK_request_sent_as_a_GET_url_is_accepted()
    {
        var signed = new AlipayRequestBuilder(TestMerchants.Shop(AlipayCharset.Gbk)).BuildDonation(
            new DonationRequest(PaymentRequests.NewOutTradeNo(), "捐赠：山区图书馆", 20m));

        var page = await GatewayPage.ReadAsync(await _browser.Client.GetAsync(signed.GetUrl(new Uri("http://localhost/sandbox/alipay/gateway.do"))));

        Assert.True(page.IsCashier, page.ErrorCode);
        Assert.Equal("捐赠：山区图书馆", (await factory.TradeAsync(page.TradeNo)).Request.Subject);
    }

    [Fact]
    public async Task A_request_without__input_charset_is_read_as_GBK()
    {
        var parameters = PaymentRequests.For(AlipayServices.CreateDirectPayByUser)
            .With("_input_charset", null)
            .With("subject", Subject);
        var signed = PaymentRequests.Signed(parameters);
        Assert.Equal(IndependentGbkSign(signed, TestMerchants.ShopKey), signed["sign"]);
        using var form = new StringContent(AlipayFormEncoding.EncodeForm(signed, AlipayCharset.Gbk), Encoding.ASCII, "application/x-www-form-urlencoded");

        var page = await GatewayPage.ReadAsync(await _browser.Client.PostAsync("/sandbox/alipay/gateway.do", form));

        Assert.True(page.IsCashier, page.ErrorCode);
        Assert.Equal(Subject, (await factory.TradeAsync(page.TradeNo)).Request.Subject);
    }
}
