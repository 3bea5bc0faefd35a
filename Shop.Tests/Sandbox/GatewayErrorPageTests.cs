using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Sandbox;

/// <summary>Each way a payment request goes wrong ends on Alipay's error page with its code and what it means.</summary>
public class GatewayErrorPageTests(SandboxWebApplicationFactory factory) : IClassFixture<SandboxWebApplicationFactory>
{
    private readonly SandboxBrowser _browser = SandboxBrowser.Open(factory);

    private static OrderedDictionary<string, string> DirectPay() => PaymentRequests.For(AlipayServices.CreateDirectPayByUser);

    [Fact]
    public async Task A_partner_typed_as_an_email_is_ILLEGAL_PARTNER()
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(DirectPay().With("partner", "seller@shop.local")));

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.IllegalPartner, "partner");
        Assert.Contains("以 2088 开头的 16 位数字", page.Explanation);
    }

    [Fact]
    public async Task An_unknown_partner_is_ILLEGAL_PARTNER()
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(DirectPay().With("partner", "2088999999999999")));

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.IllegalPartner, "partner");
    }

    [Fact]
    public async Task A_wrong_key_is_ILLEGAL_SIGN()
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(DirectPay(), key: "wrongkey000000000000000000000000"));

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.IllegalSign, "sign");
        Assert.Contains("安全校验码（key）错误或含空格", page.Explanation);
    }

    [Fact]
    public async Task A_key_with_a_space_copied_in_is_ILLEGAL_SIGN()
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(DirectPay(), key: TestMerchants.ShopKey + " "));

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.IllegalSign, "sign");
    }

    [Fact]
    public async Task Signed_as_GBK_but_sent_as_utf8_is_ILLEGAL_SIGN()
    {
        var parameters = DirectPay().With("subject", "龙井茶 250g");

        var page = await _browser.SubmitAsync(PaymentRequests.Signed(parameters, signedAs: AlipayCharset.Gbk), AlipayCharset.Utf8);

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.IllegalSign, "sign");
    }

    [Fact]
    public async Task A_form_field_that_was_not_signed_is_ILLEGAL_SIGN()
    {
        var signed = PaymentRequests.Signed(DirectPay());

        var page = await _browser.SubmitAsync(signed.With("submit", "Pay"));

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.IllegalSign, "sign");
    }

    [Fact]
    public async Task A_merchant_without_a_contract_for_the_service_gets_HASH_NO_PRIVILEGE()
    {
        var escrow = PaymentRequests.For(AlipayServices.CreatePartnerTradeByBuyer).With("partner", TestMerchants.DirectPayOnlyPartner);

        var page = await _browser.SubmitAsync(PaymentRequests.Signed(escrow, TestMerchants.DirectPayOnlyKey));

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.HashNoPrivilege, "service");
        Assert.Contains("没有签约这个接口", page.Explanation);
    }

    [Fact]
    public async Task The_same_merchant_may_use_the_service_it_has_a_contract_for()
    {
        var direct = DirectPay().With("partner", TestMerchants.DirectPayOnlyPartner);

        var page = await _browser.SubmitAsync(PaymentRequests.Signed(direct, TestMerchants.DirectPayOnlyKey));

        Assert.True(page.IsCashier, page.ErrorCode);
    }

    [Fact]
    public async Task A_missing_out_trade_no_is_ILLEGAL_ARGUMENT_naming_it()
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(DirectPay().With("out_trade_no", null)));

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.IllegalArgument, "out_trade_no");
        Assert.Contains("<code data-error-parameter-text>out_trade_no</code>", page.Html);
    }

    [Fact]
    public async Task An_unknown_service_is_ILLEGAL_SERVICE()
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(DirectPay().With("service", "create_direct_pay_by_buyer")));

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.IllegalService, "service");
    }

    [Fact]
    public async Task An_unknown_charset_is_ILLEGAL_CHARSET()
    {
        var parameters = PaymentRequests.Signed(DirectPay().With("_input_charset", "big5"), signedAs: AlipayCharset.Utf8);

        var page = await _browser.SubmitAsync(parameters, AlipayCharset.Utf8);

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.IllegalCharset, "_input_charset");
    }

    [Fact]
    public async Task A_sign_type_other_than_MD5_is_ILLEGAL_SIGN_TYPE()
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(DirectPay()).With("sign_type", "RSA"));

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.IllegalSignType, "sign_type");
    }

    [Fact]
    public async Task Total_fee_together_with_price_and_quantity_is_ILLEGAL_FEE_PARAM()
    {
        var parameters = DirectPay().With("price", "99.90").With("quantity", "1");

        var page = await _browser.SubmitAsync(PaymentRequests.Signed(parameters));

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.IllegalFeeParam, "total_fee");
    }

    [Theory]
    [InlineData("99.999")]
    [InlineData("99,90")]
    [InlineData("1e2")]
    public async Task An_amount_that_is_not_yuan_with_two_decimals_is_ILLEGAL_MONEY_FORMAT(string totalFee)
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(DirectPay().With("total_fee", totalFee)));

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.IllegalMoneyFormat, "total_fee");
    }

    [Fact]
    public async Task A_timeout_in_fractional_hours_is_ILLEGAL_OUTTIME_ARGUMENT()
    {
        var page = await _browser.SubmitAsync(PaymentRequests.Signed(DirectPay().With("it_b_pay", "1.5h")));

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.IllegalOutTimeArgument, "it_b_pay");
        Assert.Contains("1.5h 必须写成 90m", page.Explanation);
    }

    [Fact]
    public async Task The_error_page_explains_in_English_to_an_English_browser()
    {
        var english = SandboxBrowser.Open(factory, "en-US,en;q=0.9");

        var page = await english.SubmitAsync(PaymentRequests.Signed(DirectPay(), key: "wrongkey000000000000000000000000"));

        GatewayAssert.ErrorPage(page, AlipayErrorCodes.IllegalSign, "sign", culture: "en");
        Assert.Contains("<html lang=\"en\">", page.Html);
        Assert.Contains("Error code", page.Html);
    }

    [Fact]
    public async Task A_GET_request_with_the_parameters_in_the_query_is_read_the_same_way()
    {
        var signed = PaymentRequests.Signed(DirectPay().With("partner", "2088999999999999"));

        var response = await _browser.Client.GetAsync("/sandbox/alipay/gateway.do?" + AlipayFormEncoding.EncodeForm(signed, AlipayCharset.Utf8));

        GatewayAssert.ErrorPage(await GatewayPage.ReadAsync(response), AlipayErrorCodes.IllegalPartner, "partner");
    }
}
