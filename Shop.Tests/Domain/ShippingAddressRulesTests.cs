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
}
