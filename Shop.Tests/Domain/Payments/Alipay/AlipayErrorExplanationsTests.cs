using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class AlipayErrorExplanationsTests
{
    /// <summary>Every code of docs/alipay-protocol.md §7, written out here rather than taken from the library.</summary>
    public static TheoryData<string> DocumentedCodes() => new(
        "ILLEGAL_PARTNER",
        "ILLEGAL_SIGN",
        "HASH_NO_PRIVILEGE",
        "HAS_NO_PRIVILEGE",
        "ILLEGAL_SERVICE",
        "ILLEGAL_ARGUMENT",
        "ILLEGAL_SIGN_TYPE",
        "ILLEGAL_CHARSET",
        "ILLEGAL_FEE_PARAM",
        "ILLEGAL_MONEY_FORMAT",
        "TRADE_PRICE_NOT_MATCH",
        "TRADE_TOTALFEE_NOT_MATCH",
        "TRADE_QUANTITY_NOT_MATCH",
        "TRADE_NOT_ALLOWED_PAY",
        "BUYER_SELLER_EQUAL",
        "SELF_TIMEOUT_NOT_SUPPORT",
        "ILLEGAL_OUTTIME_ARGUMENT",
        "TRADE_NOT_EXIST",
        "TRADE_STATUS_NOT_AVAILD");

    [Theory]
    [MemberData(nameof(DocumentedCodes))]
    public void Every_documented_code_is_explained_in_chinese_and_english(string code)
    {
        var chinese = AlipayErrorExplanations.Explain(code, "zh-CN");
        var english = AlipayErrorExplanations.Explain(code, "en");

        Assert.Contains(chinese, c => c is >= '\u4e00' and <= '\u9fff');
        Assert.DoesNotContain(english, c => c is >= '\u4e00' and <= '\u9fff');
        Assert.NotEqual(AlipayErrorExplanations.Explain("NO_SUCH_CODE", "zh-CN"), chinese);
        Assert.NotEqual(AlipayErrorExplanations.Explain("NO_SUCH_CODE", "en"), english);
    }

    [Fact]
    public void Explanations_name_the_usual_causes()
    {
        Assert.Contains("2088", AlipayErrorExplanations.Explain(AlipayErrorCodes.IllegalPartner, "en"));
        Assert.Contains("email", AlipayErrorExplanations.Explain(AlipayErrorCodes.IllegalPartner, "en"));
        Assert.Contains("charset", AlipayErrorExplanations.Explain(AlipayErrorCodes.IllegalSign, "en"));
        Assert.Contains("90m", AlipayErrorExplanations.Explain(AlipayErrorCodes.IllegalOutTimeArgument, "en"));
        Assert.Contains("空格", AlipayErrorExplanations.Explain(AlipayErrorCodes.IllegalSign, "zh-CN"));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-TW")]
    [InlineData("zh")]
    [InlineData("ZH-hans")]
    public void Any_chinese_culture_gets_the_chinese_text(string culture)
    {
        Assert.Equal(
            AlipayErrorExplanations.Explain(AlipayErrorCodes.TradeNotExist, "zh-CN"),
            AlipayErrorExplanations.Explain(AlipayErrorCodes.TradeNotExist, culture));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("ja-JP")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_cultures_fall_back_to_english(string? culture)
    {
        Assert.Equal(
            AlipayErrorExplanations.Explain(AlipayErrorCodes.TradeNotExist, "en"),
            AlipayErrorExplanations.Explain(AlipayErrorCodes.TradeNotExist, culture));
    }

    [Fact]
    public void Unknown_code_gets_a_sentence_naming_it_in_both_languages()
    {
        Assert.Contains("SOMETHING_NEW", AlipayErrorExplanations.Explain("SOMETHING_NEW", "en"));
        Assert.Contains("SOMETHING_NEW", AlipayErrorExplanations.Explain("SOMETHING_NEW", "zh-CN"));
        Assert.False(string.IsNullOrWhiteSpace(AlipayErrorExplanations.Explain(null, "en")));
    }
}
