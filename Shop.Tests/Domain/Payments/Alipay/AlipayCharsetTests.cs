using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class AlipayCharsetTests
{
    [Theory]
    [InlineData("utf-8", "utf-8")]
    [InlineData("UTF-8", "utf-8")]
    [InlineData("gbk", "gbk")]
    [InlineData("GBK", "gbk")]
    [InlineData("gb2312", "gb2312")]
    [InlineData("GB2312", "gb2312")]
    public void Accepted_names_are_case_insensitive_and_normalised(string name, string expected)
    {
        Assert.True(AlipayCharset.TryFromName(name, out var charset));
        Assert.Equal(expected, charset.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("utf8")]
    [InlineData("big5")]
    [InlineData(" gbk")]
    public void Unknown_names_are_refused(string? name)
    {
        Assert.False(AlipayCharset.TryFromName(name, out _));
    }

    [Fact]
    public void FromName_reports_an_unknown_charset_as_illegal_charset()
    {
        var error = Assert.Throws<AlipayArgumentException>(() => AlipayCharset.FromName("latin1"));

        Assert.Equal(AlipayErrorCodes.IllegalCharset, error.Violation.ErrorCode);
        Assert.Equal("_input_charset", error.ParamName);
        Assert.Contains("latin1", error.Message);
    }

    [Fact]
    public void Gateway_assumes_gbk_when_no_charset_is_sent()
    {
        Assert.Same(AlipayCharset.Gbk, AlipayCharset.GatewayDefault);
    }

    [Fact]
    public void Gbk_encodes_ceshi_as_b2_e2_ca_d4()
    {
        Assert.Equal([0xB2, 0xE2, 0xCA, 0xD4], AlipayCharset.Gbk.Encoding.GetBytes("测试"));
        Assert.Equal([0xB2, 0xE2, 0xCA, 0xD4], AlipayCharset.Gb2312.Encoding.GetBytes("测试"));
    }

    [Fact]
    public void Utf8_writes_no_byte_order_mark()
    {
        Assert.Empty(AlipayCharset.Utf8.Encoding.GetPreamble());
        Assert.Equal([0xE6, 0xB5, 0x8B, 0xE8, 0xAF, 0x95], AlipayCharset.Utf8.Encoding.GetBytes("测试"));
    }
}
