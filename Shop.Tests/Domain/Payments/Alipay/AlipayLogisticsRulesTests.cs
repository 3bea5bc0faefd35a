using Shop.Domain.Payments.Alipay;
using static Shop.Tests.Domain.Payments.Alipay.AlipayRuleAssert;

namespace Shop.Tests.Domain.Payments.Alipay;

/// <summary>Logistics triplets and receiver fields of escrow and dual trades.</summary>
public class AlipayLogisticsRulesTests
{
    private static Dictionary<string, string> Dual() => ValidRequestParameters.For(AlipayServices.TradeCreateByBuyer);

    public static TheoryData<string, string> TripletParameters()
    {
        var data = new TheoryData<string, string>();
        foreach (var service in ValidRequestParameters.LogisticsServices())
        {
            foreach (var name in new[] { "logistics_type", "logistics_fee", "logistics_payment" })
            {
                data.Add(service, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TripletParameters))]
    public void Escrow_and_dual_need_the_whole_first_triplet(string service, string name)
    {
        var parameters = ValidRequestParameters.For(service);
        parameters.Remove(name);

        Violates(parameters, AlipayErrorCodes.IllegalArgument, name);
    }

    [Theory]
    [InlineData("logistics_type", "SF")]
    [InlineData("logistics_type", "express")]
    [InlineData("logistics_type", "DIRECT")]
    [InlineData("logistics_payment", "BUYER")]
    [InlineData("logistics_payment", "buyer_pay")]
    public void Logistics_type_and_payment_come_from_fixed_lists(string name, string value)
    {
        var parameters = Dual();
        parameters[name] = value;

        Violates(parameters, AlipayErrorCodes.IllegalArgument, name);
    }

    [Theory]
    [InlineData("POST", "SELLER_PAY")]
    [InlineData("EMS", "BUYER_PAY_AFTER_RECEIVE")]
    public void Every_listed_type_and_payment_is_accepted(string type, string payment)
    {
        var parameters = Dual();
        parameters["logistics_type"] = type;
        parameters["logistics_payment"] = payment;

        Accepts(parameters);
    }

    [Fact]
    public void Free_shipping_is_a_zero_fee_paid_by_the_seller()
    {
        var parameters = Dual();
        parameters["logistics_fee"] = "0.00";
        parameters["logistics_payment"] = "SELLER_PAY";

        Accepts(parameters);
    }

    [Theory]
    [InlineData("10,00", AlipayErrorCodes.IllegalMoneyFormat)]
    [InlineData("-1", AlipayErrorCodes.IllegalMoneyFormat)]
    [InlineData("100000000.01", AlipayErrorCodes.IllegalFeeParam)]
    public void Logistics_fee_is_an_amount(string fee, string errorCode)
    {
        var parameters = Dual();
        parameters["logistics_fee"] = fee;

        Violates(parameters, errorCode, "logistics_fee");
    }

    [Fact]
    public void Goods_and_shipping_together_stay_within_the_largest_amount()
    {
        var parameters = Dual();
        parameters["price"] = "99999990.00";
        parameters["logistics_fee"] = "10.00";
        Accepts(parameters);

        parameters["logistics_fee"] = "10.01";
        Violates(parameters, AlipayErrorCodes.IllegalFeeParam, "logistics_fee");
    }

    [Fact]
    public void Every_way_offered_stays_within_the_largest_amount_with_the_goods()
    {
        var parameters = Dual();
        parameters["price"] = "99999990.00";
        AddTriplet(parameters, "_1", "EMS", "22.00", "BUYER_PAY");

        Violates(parameters, AlipayErrorCodes.IllegalFeeParam, "logistics_fee_1");
    }

    [Fact]
    public void Second_and_third_triplets_with_distinct_types_are_accepted()
    {
        var parameters = Dual();
        AddTriplet(parameters, "_1", "POST", "5.00", "SELLER_PAY");
        AddTriplet(parameters, "_2", "EMS", "20.00", "BUYER_PAY");

        Accepts(parameters);
    }

    [Theory]
    [InlineData("logistics_type_1")]
    [InlineData("logistics_fee_1")]
    [InlineData("logistics_payment_1")]
    public void Optional_triplet_is_all_or_nothing(string missing)
    {
        var parameters = Dual();
        AddTriplet(parameters, "_1", "POST", "5.00", "SELLER_PAY");
        parameters.Remove(missing);

        var violation = Violates(parameters, AlipayErrorCodes.IllegalArgument, missing);
        Assert.Contains("all or nothing", violation.Rule);
    }

    [Fact]
    public void Optional_triplet_must_offer_another_type()
    {
        var parameters = Dual();
        AddTriplet(parameters, "_1", "EXPRESS", "5.00", "SELLER_PAY");

        var violation = Violates(parameters, AlipayErrorCodes.IllegalArgument, "logistics_type_1");
        Assert.Contains("differ", violation.Rule);
    }

    [Fact]
    public void Third_triplet_needs_the_second()
    {
        var parameters = Dual();
        AddTriplet(parameters, "_2", "EMS", "20.00", "BUYER_PAY");

        Violates(parameters, AlipayErrorCodes.IllegalArgument, "logistics_type_2");
    }

    [Theory]
    [InlineData("receive_zip")]
    [InlineData("receive_phone")]
    [InlineData("receive_mobile")]
    public void Any_receiver_field_needs_name_and_address(string field)
    {
        var parameters = Dual();
        parameters[field] = "100000";

        var violations = AlipayRequestRules.CheckService(parameters);

        Assert.Equal(["receive_name", "receive_address"], violations.Select(v => v.Parameter));
        Assert.All(violations, v => Assert.Equal(AlipayErrorCodes.IllegalArgument, v.ErrorCode));
    }

    [Fact]
    public void Receiver_name_without_address_is_refused()
    {
        var parameters = Dual();
        parameters["receive_name"] = "张三";

        Violates(parameters, AlipayErrorCodes.IllegalArgument, "receive_address");
    }

    [Fact]
    public void Receiver_name_and_address_are_enough()
    {
        var parameters = Dual();
        parameters["receive_name"] = "张三";
        parameters["receive_address"] = "北京市朝阳区某路 1 号";

        Accepts(parameters);
    }

    private static void AddTriplet(Dictionary<string, string> parameters, string suffix, string type, string fee, string payment)
    {
        parameters["logistics_type" + suffix] = type;
        parameters["logistics_fee" + suffix] = fee;
        parameters["logistics_payment" + suffix] = payment;
    }
}
