using Shop.Domain.Shipping;

namespace Shop.Tests.Domain;

public class ShippingAddressRulesTests
{
    [Fact]
    public void A_complete_address_has_no_problem()
    {
        Assert.Empty(ShippingAddressRules.Validate("张三", "浙江省杭州市西湖区文三路 100 号", "310000", null, "13800138000"));
        Assert.Empty(ShippingAddressRules.Validate("张三", "北京市朝阳区", "100020", "010-12345678", null));
    }

    [Fact]
    public void Missing_fields_are_each_named()
    {
        var problems = ShippingAddressRules.Validate(" ", null, "", null, " ");
        Assert.Equal(
            [
                new AddressProblem("receiveName", AddressProblemKind.Required),
                new AddressProblem("receiveAddress", AddressProblemKind.Required),
                new AddressProblem("receiveZip", AddressProblemKind.Required),
                new AddressProblem("receiveMobile", AddressProblemKind.PhoneOrMobileRequired),
            ],
            problems);
    }

    [Theory]
    [InlineData("31000", null, "13800138000", "receiveZip", AddressProblemKind.InvalidZip)]
    [InlineData("310000", null, "2380013800", "receiveMobile", AddressProblemKind.InvalidMobile)]
    [InlineData("310000", null, "12800138000", "receiveMobile", AddressProblemKind.InvalidMobile)]
    [InlineData("310000", "call me", null, "receivePhone", AddressProblemKind.InvalidPhone)]
    [InlineData("310000", "12345", null, "receivePhone", AddressProblemKind.InvalidPhone)]
    public void Malformed_numbers_are_refused(string zip, string? phone, string? mobile, string field, AddressProblemKind kind)
    {
        var problem = Assert.Single(ShippingAddressRules.Validate("张三", "杭州市", zip, phone, mobile));
        Assert.Equal(field, problem.Field);
        Assert.Equal(kind, problem.Kind);
    }

    [Fact]
    public void Too_long_names_say_the_limit()
    {
        var problem = Assert.Single(ShippingAddressRules.Validate(new string('名', 51), "杭州市", "310000", null, "13800138000"));
        Assert.Equal(new AddressProblem("receiveName", AddressProblemKind.TooLong, 50), problem);
    }

    [Fact]
    public void Create_trims_and_drops_empty_numbers()
    {
        var address = ShippingAddressRules.Create(" 张三 ", " 杭州市 ", "310000", " ", "13800138000");
        Assert.Equal(new ShippingAddress("张三", "杭州市", "310000", null, "13800138000"), address);
    }

    [Theory]
    [InlineData("张三&total_fee=0.01", "receiveName")]
    [InlineData("文三路 100 号 #3", "receiveAddress")]
    [InlineData("文三路\n100 号", "receiveAddress")]
    [InlineData("50% 折扣", "receiveAddress")]
    [InlineData("+86 571 8888 8888", "receivePhone")]
    public void Characters_a_signed_request_cannot_carry_are_refused_in_the_field_that_has_them(string value, string field)
    {
        var fields = new Dictionary<string, string?>
        {
            ["receiveName"] = "张三",
            ["receiveAddress"] = "浙江省杭州市西湖区文三路 100 号",
            ["receiveZip"] = "310000",
            ["receivePhone"] = "0571-88888888",
            ["receiveMobile"] = "13800138000",
        };
        fields[field] = value;

        var problems = ShippingAddressRules.Validate(fields["receiveName"], fields["receiveAddress"], fields["receiveZip"], fields["receivePhone"], fields["receiveMobile"]);

        Assert.Equal([new AddressProblem(field, AddressProblemKind.ForbiddenCharacters)], problems);
    }
}
