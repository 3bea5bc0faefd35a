using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class AlipayFreeTextTests
{
    [Theory]
    [InlineData("Tom & Jerry", "Tom Jerry")]
    [InlineData("a=b%c+d#e", "a b c d e")]
    [InlineData("第一行\r\n第二行\t末尾", "第一行 第二行 末尾")]
    [InlineData("&开头和结尾#", "开头和结尾")]
    [InlineData("明前西湖龙井（特级） 100g", "明前西湖龙井（特级） 100g")]
    public void Clean_makes_each_forbidden_character_a_space_and_keeps_the_rest(string value, string expected) =>
        Assert.Equal(expected, AlipayFreeText.Clean(value));

    [Fact]
    public void The_builder_never_signs_a_forbidden_character_in_subject_body_or_address()
    {
        var builder = new AlipayRequestBuilder(new AlipayMerchant("2088101568338364", "0123456789abcdefghijklmnopqrstuv", "seller@example.com"));
        var request = new LogisticsTradeRequest("SO1", "茶&total_fee=0.01", 10m, 1, new AlipayLogistics(AlipayLogisticsType.Express, 0m, AlipayLogisticsPayment.SellerPay))
        {
            Body = "礼盒#1",
            Receiver = new AlipayReceiver("张三\n", "文三路 100 号+") { Zip = "310000", Mobile = "13800138000" },
        };

        var parameters = builder.BuildDualTrade(request).Parameters;

        Assert.Equal(("茶 total_fee 0.01", "礼盒 1"), (parameters["subject"], parameters["body"]));
        Assert.Equal(("张三", "文三路 100 号"), (parameters["receive_name"], parameters["receive_address"]));
        Assert.All(parameters.Where(p => p.Key != "notify_url" && p.Key != "return_url"), p => Assert.True(AlipayFreeText.IsClean(p.Value), p.Key));
    }
}
