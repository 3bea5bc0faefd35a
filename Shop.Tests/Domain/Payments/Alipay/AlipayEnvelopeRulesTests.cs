using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class AlipayEnvelopeRulesTests
{
    private static Dictionary<string, string> Valid() => ValidRequestParameters.For(AlipayServices.SingleTradeQuery);

    [Theory]
    [MemberData(nameof(ValidRequestParameters.Services), MemberType = typeof(ValidRequestParameters))]
    public void Valid_request_of_every_service_passes_envelope_and_service_rules(string service)
    {
        var parameters = ValidRequestParameters.For(service);

        Assert.Empty(AlipayRequestRules.CheckEnvelope(parameters));
        Assert.Empty(AlipayRequestRules.CheckService(parameters));
    }

    [Theory]
    [InlineData("create_direct_pay")]
    [InlineData("CREATE_DIRECT_PAY_BY_USER")]
    [InlineData("alipay.wap.create.direct.pay.by.user")]
    [InlineData("")]
    public void Unknown_or_missing_service_is_illegal_service(string service)
    {
        var parameters = Valid();
        parameters["service"] = service;

        var violation = Assert.Single(AlipayRequestRules.CheckEnvelope(parameters));
        Assert.Equal(AlipayErrorCodes.IllegalService, violation.ErrorCode);
        Assert.Equal(AlipayErrorCodes.IllegalService, Assert.Single(AlipayRequestRules.CheckService(parameters)).ErrorCode);
    }

    [Theory]
    [InlineData("seller@example.com")]
    [InlineData(" 2088101568338364")]
    [InlineData("2088")]
    public void Malformed_partner_is_illegal_partner(string partner)
    {
        var parameters = Valid();
        parameters["partner"] = partner;

        var violation = Assert.Single(AlipayRequestRules.CheckEnvelope(parameters));
        Assert.Equal(AlipayErrorCodes.IllegalPartner, violation.ErrorCode);
        Assert.Equal("partner", violation.Parameter);
    }

    [Fact]
    public void Unknown_charset_is_illegal_charset()
    {
        var parameters = Valid();
        parameters["_input_charset"] = "big5";

        var violation = Assert.Single(AlipayRequestRules.CheckEnvelope(parameters));
        Assert.Equal(AlipayErrorCodes.IllegalCharset, violation.ErrorCode);
    }

    [Fact]
    public void Absent_charset_is_accepted_because_it_means_gbk()
    {
        var parameters = Valid();
        parameters.Remove("_input_charset");

        Assert.Empty(AlipayRequestRules.CheckEnvelope(parameters));
    }

    [Theory]
    [InlineData("RSA")]
    [InlineData("md5")]
    [InlineData("")]
    public void Sign_type_other_than_md5_is_illegal_sign_type(string signType)
    {
        var parameters = Valid();
        parameters["sign_type"] = signType;

        Assert.Equal(AlipayErrorCodes.IllegalSignType, Assert.Single(AlipayRequestRules.CheckEnvelope(parameters)).ErrorCode);
    }

    [Fact]
    public void Missing_sign_is_illegal_sign()
    {
        var parameters = Valid();
        parameters.Remove("sign");

        Assert.Equal(AlipayErrorCodes.IllegalSign, Assert.Single(AlipayRequestRules.CheckEnvelope(parameters)).ErrorCode);
    }

    [Fact]
    public void Every_envelope_problem_is_reported_in_gateway_order()
    {
        var parameters = new Dictionary<string, string> { ["_input_charset"] = "latin1" };

        var codes = AlipayRequestRules.CheckEnvelope(parameters).Select(v => v.ErrorCode);

        Assert.Equal(
            [AlipayErrorCodes.IllegalService, AlipayErrorCodes.IllegalPartner, AlipayErrorCodes.IllegalCharset, AlipayErrorCodes.IllegalSignType, AlipayErrorCodes.IllegalSign],
            codes);
    }
}
