using Shop.Domain.Payments.Alipay;
using static Shop.Tests.Domain.Payments.Alipay.AlipayRuleAssert;

namespace Shop.Tests.Domain.Payments.Alipay;

/// <summary>The rules every payment service shares (docs/alipay-protocol.md §3, common parameters).</summary>
public class AlipayPaymentRulesTests
{
    private static Dictionary<string, string> DirectPay() => ValidRequestParameters.For(AlipayServices.CreateDirectPayByUser);

    public static TheoryData<string, string> RequiredParameters()
    {
        var data = new TheoryData<string, string>();
        foreach (var service in ValidRequestParameters.PaymentServices())
        {
            foreach (var name in new[] { "out_trade_no", "subject", "payment_type" })
            {
                data.Add(service, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredParameters))]
    public void Missing_required_parameter_is_illegal_argument(string service, string name)
    {
        var parameters = ValidRequestParameters.For(service);
        parameters.Remove(name);

        var violation = Violates(parameters, AlipayErrorCodes.IllegalArgument, name);
        Assert.Contains("required", violation.Rule);
    }

    [Theory]
    [MemberData(nameof(ValidRequestParameters.PaymentServices), MemberType = typeof(ValidRequestParameters))]
    public void Subject_of_only_spaces_counts_as_missing(string service)
    {
        var parameters = ValidRequestParameters.For(service);
        parameters["subject"] = "   ";

        Violates(parameters, AlipayErrorCodes.IllegalArgument, "subject");
    }

    [Theory]
    [MemberData(nameof(ValidRequestParameters.PaymentServices), MemberType = typeof(ValidRequestParameters))]
    public void Payment_without_any_seller_field_is_illegal_argument(string service)
    {
        var parameters = ValidRequestParameters.For(service);
        parameters.Remove("seller_email");

        Violates(parameters, AlipayErrorCodes.IllegalArgument, "seller_id");
    }

    [Fact]
    public void Seller_id_alone_is_a_seller_and_must_be_an_alipay_account_id()
    {
        var parameters = DirectPay();
        parameters.Remove("seller_email");
        parameters["seller_id"] = "2088101568338364";
        Accepts(parameters);

        parameters["seller_id"] = "1000000000000000";
        Violates(parameters, AlipayErrorCodes.IllegalArgument, "seller_id");
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void Out_trade_no_is_at_most_64_characters(int length, bool accepted)
    {
        var parameters = DirectPay();
        parameters["out_trade_no"] = new string('7', length);

        AssertLength(parameters, "out_trade_no", accepted);
    }

    [Theory]
    [InlineData("utf-8", "a", 256, true)]
    [InlineData("utf-8", "a", 257, false)]
    [InlineData("gbk", "测", 128, true)]
    [InlineData("gbk", "测", 129, false)]
    [InlineData("gb2312", "测", 129, false)]
    [InlineData("utf-8", "测", 85, true)]
    [InlineData("utf-8", "测", 86, false)]
    public void Subject_is_at_most_256_bytes_in_the_request_charset(string charset, string character, int count, bool accepted)
    {
        var parameters = DirectPay();
        parameters["_input_charset"] = charset;
        parameters["subject"] = string.Concat(Enumerable.Repeat(character, count));

        AssertLength(parameters, "subject", accepted);
    }

    [Fact]
    public void Subject_length_without_charset_is_measured_in_gbk()
    {
        var parameters = DirectPay();
        parameters.Remove("_input_charset");
        parameters["subject"] = new string('测', 128);
        Accepts(parameters);

        parameters["subject"] = new string('测', 129);
        Violates(parameters, AlipayErrorCodes.IllegalArgument, "subject");
    }

    [Theory]
    [InlineData("C# book")]
    [InlineData("100% cotton")]
    [InlineData("Salt & pepper")]
    [InlineData("C++ primer")]
    public void Subject_must_not_contain_hash_percent_ampersand_or_plus(string subject)
    {
        var parameters = DirectPay();
        parameters["subject"] = subject;

        var violation = Violates(parameters, AlipayErrorCodes.IllegalArgument, "subject");
        Assert.Contains("# % & or +", violation.Rule);
    }

    [Fact]
    public void Subject_that_gbk_cannot_encode_is_refused_in_gbk_but_not_in_utf8()
    {
        var parameters = DirectPay();
        parameters["subject"] = "Gift 🎁";
        Accepts(parameters);

        parameters["_input_charset"] = "gbk";
        Violates(parameters, AlipayErrorCodes.IllegalArgument, "subject");
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public void Body_is_at_most_1000_characters(int length, bool accepted)
    {
        var parameters = DirectPay();
        parameters["body"] = new string('b', length);

        AssertLength(parameters, "body", accepted);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Extra_common_param_is_at_most_100_characters(int length, bool accepted)
    {
        var parameters = DirectPay();
        parameters["extra_common_param"] = new string('e', length);

        AssertLength(parameters, "extra_common_param", accepted);
    }

    [Theory]
    [InlineData("notify_url", 190, true)]
    [InlineData("notify_url", 191, false)]
    [InlineData("return_url", 200, true)]
    [InlineData("return_url", 201, false)]
    public void Notify_and_return_urls_have_a_maximum_length(string name, int length, bool accepted)
    {
        var parameters = DirectPay();
        const string start = "https://shop.example.com/";
        parameters[name] = start + new string('p', length - start.Length);

        AssertLength(parameters, name, accepted);
    }

    [Theory]
    [InlineData("notify_url", "https://shop.example.com/notify?order=1")]
    [InlineData("notify_url", "https://shop.example.com/notify?")]
    [InlineData("notify_url", "shop.example.com/notify")]
    [InlineData("notify_url", "/payments/alipay/notify")]
    [InlineData("notify_url", "ftp://shop.example.com/notify")]
    [InlineData("return_url", "https://shop.example.com/return?order=1")]
    [InlineData("return_url", "www.shop.example.com/return")]
    [InlineData("show_url", "products/1")]
    public void Urls_must_be_absolute_http_without_a_query_string(string name, string url)
    {
        var parameters = DirectPay();
        parameters[name] = url;

        Violates(parameters, AlipayErrorCodes.IllegalArgument, name);
    }

    [Fact]
    public void Show_url_may_have_a_query_string()
    {
        var parameters = DirectPay();
        parameters["show_url"] = "https://shop.example.com/catalog?category=tea";

        Accepts(parameters);
    }

    [Theory]
    [InlineData(AlipayServices.CreateDirectPayByUser, "4")]
    [InlineData(AlipayServices.CreatePartnerTradeByBuyer, "2")]
    [InlineData(AlipayServices.CreateDonateTradeP, "2")]
    public void Payment_type_must_fit_the_service(string service, string paymentType)
    {
        var parameters = ValidRequestParameters.For(service);
        parameters["payment_type"] = paymentType;

        Violates(parameters, AlipayErrorCodes.IllegalArgument, "payment_type");
    }

    [Fact]
    public void Donation_accepts_payment_type_1_from_old_clients()
    {
        var parameters = ValidRequestParameters.For(AlipayServices.CreateDonateTradeP);
        parameters["payment_type"] = "1";

        Accepts(parameters);
    }

    [Theory]
    [InlineData("1m")]
    [InlineData("90m")]
    [InlineData("2h")]
    [InlineData("3d")]
    [InlineData("15d")]
    [InlineData("360h")]
    [InlineData("21600m")]
    [InlineData("1c")]
    public void Unpaid_timeout_in_whole_minutes_hours_or_days_up_to_15d_is_accepted(string timeout)
    {
        var parameters = DirectPay();
        parameters["it_b_pay"] = timeout;

        Accepts(parameters);
    }

    [Theory]
    [InlineData("1.5h")]
    [InlineData("0m")]
    [InlineData("16d")]
    [InlineData("361h")]
    [InlineData("21601m")]
    [InlineData("1w")]
    [InlineData("2c")]
    [InlineData("1H")]
    [InlineData("01h")]
    [InlineData(" 1h")]
    [InlineData("h")]
    [InlineData("9999999d")]
    public void Other_unpaid_timeouts_are_illegal_outtime_argument(string timeout)
    {
        var parameters = DirectPay();
        parameters["it_b_pay"] = timeout;

        Violates(parameters, AlipayErrorCodes.IllegalOutTimeArgument, "it_b_pay");
    }

    [Fact]
    public void Violation_reads_as_the_parameter_the_rule_and_the_code()
    {
        var parameters = DirectPay();
        parameters["it_b_pay"] = "1.5h";

        var violation = Assert.Single(AlipayRequestRules.CheckService(parameters));

        Assert.Equal(
            "it_b_pay must be whole minutes, hours or days from 1m to 15d (90m, not 1.5h), or 1c (ILLEGAL_OUTTIME_ARGUMENT)",
            violation.ToString());
    }

    [Fact]
    public void Empty_optional_parameters_count_as_absent()
    {
        var parameters = DirectPay();
        parameters["notify_url"] = "";
        parameters["it_b_pay"] = "";
        parameters["body"] = "";

        Accepts(parameters);
    }

    private static void AssertLength(Dictionary<string, string> parameters, string name, bool accepted)
    {
        if (accepted)
        {
            Accepts(parameters);
        }
        else
        {
            var violation = Violates(parameters, AlipayErrorCodes.IllegalArgument, name);
            Assert.Contains("at most", violation.Rule);
        }
    }
}
