using Shop.Domain.Payments.Alipay;
using static Shop.Tests.Domain.Payments.Alipay.AlipayRuleAssert;

namespace Shop.Tests.Domain.Payments.Alipay;

/// <summary>Which amount parameters each payment service takes, and how they are written.</summary>
public class AlipayFeeRulesTests
{
    public static TheoryData<string> TotalFeeOrPriceServices() => new(
        AlipayServices.CreateDirectPayByUser,
        AlipayServices.CreateDigitalGoodsTradeP);

    [Theory]
    [MemberData(nameof(TotalFeeOrPriceServices))]
    public void Price_with_quantity_may_replace_total_fee(string service)
    {
        var parameters = ValidRequestParameters.For(service);
        parameters.Remove("total_fee");
        parameters["price"] = "10.00";
        parameters["quantity"] = "3";

        Accepts(parameters);
    }

    [Theory]
    [MemberData(nameof(TotalFeeOrPriceServices))]
    public void Total_fee_together_with_price_and_quantity_is_illegal_fee_param(string service)
    {
        var parameters = ValidRequestParameters.For(service);
        parameters["price"] = "10.00";
        parameters["quantity"] = "3";

        Violates(parameters, AlipayErrorCodes.IllegalFeeParam, "total_fee");
    }

    [Theory]
    [MemberData(nameof(TotalFeeOrPriceServices))]
    public void Total_fee_together_with_price_alone_is_illegal_fee_param(string service)
    {
        var parameters = ValidRequestParameters.For(service);
        parameters["price"] = "10.00";

        Violates(parameters, AlipayErrorCodes.IllegalFeeParam, "total_fee");
    }

    [Theory]
    [MemberData(nameof(TotalFeeOrPriceServices))]
    public void No_amount_at_all_is_illegal_fee_param(string service)
    {
        var parameters = ValidRequestParameters.For(service);
        parameters.Remove("total_fee");

        Violates(parameters, AlipayErrorCodes.IllegalFeeParam, "total_fee");
    }

    [Theory]
    [InlineData("price", "10.00", "quantity")]
    [InlineData("quantity", "2", "price")]
    public void Price_and_quantity_go_together(string given, string value, string missing)
    {
        var parameters = ValidRequestParameters.For(AlipayServices.CreateDirectPayByUser);
        parameters.Remove("total_fee");
        parameters[given] = value;

        Violates(parameters, AlipayErrorCodes.IllegalFeeParam, missing);
    }

    [Theory]
    [InlineData("10,00", AlipayErrorCodes.IllegalMoneyFormat)]
    [InlineData("1e9", AlipayErrorCodes.IllegalMoneyFormat)]
    [InlineData("12.345", AlipayErrorCodes.IllegalMoneyFormat)]
    [InlineData("-5", AlipayErrorCodes.IllegalMoneyFormat)]
    [InlineData(" 1", AlipayErrorCodes.IllegalMoneyFormat)]
    [InlineData("0", AlipayErrorCodes.IllegalFeeParam)]
    [InlineData("0.00", AlipayErrorCodes.IllegalFeeParam)]
    [InlineData("100000000.01", AlipayErrorCodes.IllegalFeeParam)]
    public void Total_fee_malformed_or_out_of_range_gets_its_own_code(string totalFee, string errorCode)
    {
        var parameters = ValidRequestParameters.For(AlipayServices.CreateDirectPayByUser);
        parameters["total_fee"] = totalFee;

        Violates(parameters, errorCode, "total_fee");
    }

    [Theory]
    [InlineData("10")]
    [InlineData("0.01")]
    [InlineData("100000000.00")]
    public void Total_fee_in_range_is_accepted(string totalFee)
    {
        var parameters = ValidRequestParameters.For(AlipayServices.CreateDirectPayByUser);
        parameters["total_fee"] = totalFee;

        Accepts(parameters);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("01")]
    [InlineData("one")]
    [InlineData("1000000000")]
    public void Quantity_must_be_a_whole_number_of_at_least_one(string quantity)
    {
        var parameters = ValidRequestParameters.For(AlipayServices.CreatePartnerTradeByBuyer);
        parameters["quantity"] = quantity;

        Violates(parameters, AlipayErrorCodes.IllegalFeeParam, "quantity");
    }

    [Theory]
    [InlineData("12.345", AlipayErrorCodes.IllegalMoneyFormat)]
    [InlineData("0", AlipayErrorCodes.IllegalFeeParam)]
    public void Price_is_checked_like_any_amount(string price, string errorCode)
    {
        var parameters = ValidRequestParameters.For(AlipayServices.TradeCreateByBuyer);
        parameters["price"] = price;

        Violates(parameters, errorCode, "price");
    }

    [Fact]
    public void Price_times_quantity_above_the_maximum_is_illegal_fee_param()
    {
        var parameters = ValidRequestParameters.For(AlipayServices.TradeCreateByBuyer);
        parameters["price"] = "50000000.01";
        parameters["quantity"] = "2";

        Violates(parameters, AlipayErrorCodes.IllegalFeeParam, "price");
    }

    [Theory]
    [MemberData(nameof(ValidRequestParameters.LogisticsServices), MemberType = typeof(ValidRequestParameters))]
    public void Escrow_and_dual_refuse_total_fee(string service)
    {
        var parameters = ValidRequestParameters.For(service);
        parameters["total_fee"] = "99.90";

        Violates(parameters, AlipayErrorCodes.IllegalFeeParam, "total_fee");
    }

    [Theory]
    [MemberData(nameof(ValidRequestParameters.LogisticsServices), MemberType = typeof(ValidRequestParameters))]
    public void Escrow_and_dual_need_price_and_quantity(string service)
    {
        var parameters = ValidRequestParameters.For(service);
        parameters.Remove("quantity");

        Violates(parameters, AlipayErrorCodes.IllegalFeeParam, "quantity");
    }

    [Theory]
    [InlineData("price", "10.00")]
    [InlineData("quantity", "1")]
    public void Donation_refuses_price_and_quantity(string name, string value)
    {
        var parameters = ValidRequestParameters.For(AlipayServices.CreateDonateTradeP);
        parameters[name] = value;

        Violates(parameters, AlipayErrorCodes.IllegalFeeParam, name);
    }

    [Fact]
    public void Donation_needs_total_fee()
    {
        var parameters = ValidRequestParameters.For(AlipayServices.CreateDonateTradeP);
        parameters.Remove("total_fee");

        Violates(parameters, AlipayErrorCodes.IllegalFeeParam, "total_fee");
    }
}
