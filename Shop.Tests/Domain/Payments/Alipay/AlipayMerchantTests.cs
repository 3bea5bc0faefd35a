using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class AlipayMerchantTests
{
    private const string Key = "0123456789abcdefghijklmnopqrstuv";

    [Fact]
    public void Partner_and_key_are_trimmed_when_read()
    {
        var merchant = new AlipayMerchant(" 2088101568338364\n", "\t" + Key + " ", " seller@example.com ");

        Assert.Equal("2088101568338364", merchant.Partner);
        Assert.Equal(Key, merchant.Key);
        Assert.Equal("seller@example.com", merchant.SellerEmail);
    }

    [Fact]
    public void Input_charset_defaults_to_utf8()
    {
        Assert.Same(AlipayCharset.Utf8, new AlipayMerchant("2088101568338364", Key).InputCharset);
        Assert.Same(AlipayCharset.Gbk, new AlipayMerchant("2088101568338364", Key, inputCharset: AlipayCharset.Gbk).InputCharset);
    }

    [Fact]
    public void Seller_account_is_the_partner_unless_a_seller_id_is_set()
    {
        Assert.Equal("2088101568338364", new AlipayMerchant("2088101568338364", Key).SellerAccountId);
        Assert.Equal("2088000000000001", new AlipayMerchant("2088101568338364", Key, sellerId: "2088000000000001").SellerAccountId);
    }

    [Fact]
    public void Partner_typed_as_an_email_is_explained()
    {
        var error = Assert.Throws<AlipayArgumentException>(() => new AlipayMerchant("shop@example.com", Key));

        Assert.Equal(AlipayErrorCodes.IllegalPartner, error.Violation.ErrorCode);
        Assert.Equal("partner", error.ParamName);
        Assert.Contains("email", error.Message);
    }

    [Theory]
    [InlineData("2088 101568338364", "space")]
    [InlineData("1088101568338364", "2088")]
    [InlineData("208810156833836", "16 digits")]
    [InlineData("208810156833836x", "16 digits")]
    [InlineData("", "required")]
    public void Partner_that_is_not_16_digits_from_2088_is_refused(string partner, string hint)
    {
        var error = Assert.Throws<AlipayArgumentException>(() => new AlipayMerchant(partner, Key));

        Assert.Equal(AlipayErrorCodes.IllegalPartner, error.Violation.ErrorCode);
        Assert.Contains(hint, error.Message);
    }

    [Fact]
    public void Key_with_a_space_inside_is_explained_without_showing_the_key()
    {
        var keyWithSpace = "0123456789abcdef ghijklmnopqrstuv";

        var error = Assert.Throws<AlipayArgumentException>(() => new AlipayMerchant("2088101568338364", keyWithSpace));

        Assert.Equal(AlipayErrorCodes.IllegalSign, error.Violation.ErrorCode);
        Assert.Equal("key", error.ParamName);
        Assert.Contains("space", error.Message);
        Assert.DoesNotContain("0123456789abcdef", error.Message);
        Assert.DoesNotContain("ghijklmnopqrstuv", error.Message);
    }

    [Theory]
    [InlineData("0123456789abcdefghijklmnopqrstu")]
    [InlineData("0123456789abcdefghijklmnopqrstuvw")]
    [InlineData("0123456789abcdefghijklmnopqrstu-")]
    [InlineData("")]
    public void Key_that_is_not_32_letters_and_digits_is_refused(string key)
    {
        var error = Assert.Throws<AlipayArgumentException>(() => new AlipayMerchant("2088101568338364", key));

        Assert.Equal(AlipayErrorCodes.IllegalSign, error.Violation.ErrorCode);
        if (key.Length > 0)
        {
            Assert.DoesNotContain(key, error.Message);
        }
    }

    [Fact]
    public void Seller_id_must_be_an_alipay_account_id()
    {
        var error = Assert.Throws<AlipayArgumentException>(() => new AlipayMerchant("2088101568338364", Key, sellerId: "12345"));

        Assert.Equal("seller_id", error.ParamName);
    }

    [Fact]
    public void Key_never_appears_in_ToString()
    {
        var merchant = new AlipayMerchant("2088101568338364", Key, "seller@example.com");

        var text = merchant.ToString();

        Assert.DoesNotContain(Key, text);
        Assert.Contains("2088101568338364", text);
        Assert.Contains("seller@example.com", text);
        Assert.DoesNotContain(Key, $"{merchant}");
    }
}
