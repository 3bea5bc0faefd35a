using Shop.Domain.Payments.Alipay;
using static Shop.Tests.Domain.Payments.Alipay.AlipayRuleAssert;

namespace Shop.Tests.Domain.Payments.Alipay;

/// <summary>Rules of the server-to-server services: send goods, query, close.</summary>
public class AlipayTradeServiceRulesTests
{
    private static Dictionary<string, string> SendGoods() => ValidRequestParameters.For(AlipayServices.SendGoodsConfirmByPlatform);

    [Fact]
    public void Send_goods_needs_alipays_trade_no()
    {
        var parameters = SendGoods();
        parameters.Remove("trade_no");
        parameters["out_trade_no"] = "SO20250101001";

        var violation = Violates(parameters, AlipayErrorCodes.IllegalArgument, "trade_no");
        Assert.Contains("not out_trade_no", violation.Rule);
    }

    [Fact]
    public void Send_goods_needs_a_logistics_name()
    {
        var parameters = SendGoods();
        parameters.Remove("logistics_name");

        Violates(parameters, AlipayErrorCodes.IllegalArgument, "logistics_name");
    }

    [Fact]
    public void Send_goods_needs_a_transport_type()
    {
        var parameters = SendGoods();
        parameters.Remove("transport_type");

        Violates(parameters, AlipayErrorCodes.IllegalArgument, "transport_type");
    }

    [Theory]
    [InlineData("transport_type", "EXPRESS")]
    [InlineData("transport_type", "POST")]
    [InlineData("transport_type", "EMS")]
    [InlineData("transport_type", "DIRECT")]
    [InlineData("create_transport_type", "DIRECT")]
    public void Send_goods_transport_types_include_direct(string name, string type)
    {
        var parameters = SendGoods();
        parameters.Remove("transport_type");
        parameters[name] = type;

        Accepts(parameters);
    }

    [Theory]
    [InlineData("transport_type")]
    [InlineData("create_transport_type")]
    public void Send_goods_refuses_other_transport_types(string name)
    {
        var parameters = SendGoods();
        parameters.Remove("transport_type");
        parameters[name] = "SF";

        Violates(parameters, AlipayErrorCodes.IllegalArgument, name);
    }

    [Theory]
    [InlineData("trade_no")]
    [InlineData("out_trade_no")]
    public void Query_takes_either_trade_number(string name)
    {
        var parameters = ValidRequestParameters.For(AlipayServices.SingleTradeQuery);
        parameters.Remove("out_trade_no");
        parameters[name] = "2025010122001234567890123456";

        Accepts(parameters);
    }

    [Fact]
    public void Query_without_any_trade_number_is_illegal_argument()
    {
        var parameters = ValidRequestParameters.For(AlipayServices.SingleTradeQuery);
        parameters.Remove("out_trade_no");

        Violates(parameters, AlipayErrorCodes.IllegalArgument, "trade_no");
    }

    [Fact]
    public void Query_out_trade_no_is_at_most_64_characters()
    {
        var parameters = ValidRequestParameters.For(AlipayServices.SingleTradeQuery);
        parameters["out_trade_no"] = new string('1', 65);

        Violates(parameters, AlipayErrorCodes.IllegalArgument, "out_trade_no");
    }

    [Fact]
    public void Close_trade_takes_trade_no_or_out_order_no()
    {
        var parameters = ValidRequestParameters.For(AlipayServices.CloseTrade);
        parameters.Remove("trade_no");
        Violates(parameters, AlipayErrorCodes.IllegalArgument, "trade_no");

        parameters["out_order_no"] = "SO20250101001";
        Accepts(parameters);
    }
}
