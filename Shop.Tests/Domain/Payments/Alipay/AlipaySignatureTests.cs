using System.Security.Cryptography;
using System.Text;
using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class AlipaySignatureTests
{
    private const string WorkedExampleKey = "0123456789abcdefghijklmnopqrstuv";

    private static List<KeyValuePair<string, string>> WorkedExample(string charset) =>
    [
        KeyValuePair.Create("service", "create_direct_pay_by_user"),
        KeyValuePair.Create("partner", "2088101568338364"),
        KeyValuePair.Create("_input_charset", charset),
        KeyValuePair.Create("return_url", "http://www.test.com/alipay/return_url.asp"),
        KeyValuePair.Create("out_trade_no", "6741334835157966"),
        KeyValuePair.Create("subject", "贝尔金护腕式"),
        KeyValuePair.Create("payment_type", "1"),
        KeyValuePair.Create("seller_email", "alipay-test01@alipay.com"),
        KeyValuePair.Create("total_fee", "100"),
    ];

    [Fact]
    public void Worked_example_gives_the_documented_canonical_string()
    {
        Assert.Equal(
            "_input_charset=gbk&out_trade_no=6741334835157966&partner=2088101568338364&payment_type=1"
            + "&return_url=http://www.test.com/alipay/return_url.asp&seller_email=alipay-test01@alipay.com"
            + "&service=create_direct_pay_by_user&subject=贝尔金护腕式&total_fee=100",
            AlipaySignature.CanonicalString(WorkedExample("gbk")));
    }

    [Fact]
    public void Gbk_signature_differs_from_utf8_for_chinese_subject()
    {
        var gbk = AlipaySignature.Sign(WorkedExample("gbk"), WorkedExampleKey, AlipayCharset.Gbk);
        var utf8 = AlipaySignature.Sign(WorkedExample("utf-8"), WorkedExampleKey, AlipayCharset.Utf8);

        Assert.Equal("df699eaa0b87e22f6358c4501e7838a6", gbk);
        Assert.Equal("ea559e14a40000be7a5c1671712e866d", utf8);
    }

    [Fact]
    public void Same_parameters_hashed_as_utf8_instead_of_gbk_give_another_sign()
    {
        var parameters = WorkedExample("gbk");

        Assert.NotEqual(
            AlipaySignature.Sign(parameters, WorkedExampleKey, AlipayCharset.Gbk),
            AlipaySignature.Sign(parameters, WorkedExampleKey, AlipayCharset.Utf8));
    }

    [Fact]
    public void Gbk_sign_agrees_with_an_md5_computed_by_hand_over_gbk_bytes()
    {
        var parameters = new[]
        {
            KeyValuePair.Create("subject", "测试 订单"),
            KeyValuePair.Create("_input_charset", "gbk"),
            KeyValuePair.Create("total_fee", "10.50"),
        };
        const string key = "abcdefghijklmnopqrstuvwxyz012345";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding(936);
        var byHand = "_input_charset=gbk&subject=测试 订单&total_fee=10.50" + key;

        var expected = Convert.ToHexStringLower(MD5.HashData(gbk.GetBytes(byHand)));

        Assert.Equal(expected, AlipaySignature.Sign(parameters, key, AlipayCharset.Gbk));
    }

    [Fact]
    public void Sign_and_sign_type_and_empty_values_are_left_out_but_spaces_are_signed()
    {
        var parameters = new Dictionary<string, string>
        {
            ["b"] = " ",
            ["sign"] = "abc",
            ["sign_type"] = "MD5",
            ["a"] = "",
            ["c"] = "3",
        };

        Assert.Equal("b= &c=3", AlipaySignature.CanonicalString(parameters));
    }

    [Fact]
    public void Names_sort_in_ordinal_order_with_upper_case_and_underscore_first()
    {
        var parameters = new Dictionary<string, string>
        {
            ["b"] = "1",
            ["a"] = "2",
            ["B"] = "3",
            ["_input_charset"] = "utf-8",
            ["a_b"] = "4",
            ["ab"] = "5",
        };

        Assert.Equal("B=3&_input_charset=utf-8&a=2&a_b=4&ab=5&b=1", AlipaySignature.CanonicalString(parameters));
    }

    [Fact]
    public void Values_are_signed_raw_not_url_encoded()
    {
        var parameters = new Dictionary<string, string>
        {
            ["email"] = "a@b.com",
            ["notify_id"] = "abc%2Fdef",
            ["subject"] = "C++ & more",
        };

        Assert.Equal("email=a@b.com&notify_id=abc%2Fdef&subject=C++ & more", AlipaySignature.CanonicalString(parameters));
    }

    [Fact]
    public void Sign_is_32_lower_case_hex_characters()
    {
        var sign = AlipaySignature.Sign(WorkedExample("utf-8"), WorkedExampleKey, AlipayCharset.Utf8);

        Assert.Matches("^[0-9a-f]{32}$", sign);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("df699eaa0b87e22f6358c4501e7838a")]
    [InlineData("df699eaa0b87e22f6358c4501e7838a66")]
    [InlineData(" df699eaa0b87e22f6358c4501e7838a6")]
    [InlineData("df699eaa0b87e22f6358c4501e7838ag")]
    public void Verify_rejects_a_missing_or_malformed_sign(string? sign)
    {
        Assert.False(AlipaySignature.Verify(WorkedExample("gbk"), sign, WorkedExampleKey, AlipayCharset.Gbk));
    }

    [Fact]
    public void Verify_ignores_sign_and_sign_type_among_the_parameters()
    {
        var parameters = WorkedExample("gbk");
        parameters.Add(KeyValuePair.Create("sign", "df699eaa0b87e22f6358c4501e7838a6"));
        parameters.Add(KeyValuePair.Create("sign_type", "MD5"));

        Assert.True(AlipaySignature.Verify(parameters, "df699eaa0b87e22f6358c4501e7838a6", WorkedExampleKey, AlipayCharset.Gbk));
    }
}
