using System.Globalization;
using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class AlipayRequestBuilderTests
{
    private const string Partner = "2088101568338364";
    private const string Key = "0123456789abcdefghijklmnopqrstuv";
    private static readonly Uri Gateway = new("https://mapi.alipay.com/gateway.do");

    private static AlipayRequestBuilder Builder(AlipayCharset? charset = null, string? sellerEmail = "seller@example.com") =>
        new(new AlipayMerchant(Partner, Key, sellerEmail, inputCharset: charset ?? AlipayCharset.Utf8));

    private static DirectPayRequest DirectPay() => new("SO20250101001", "测试订单")
    {
        TotalFee = 10.5m,
        NotifyUrl = "https://shop.example.com/payments/alipay/notify",
        ReturnUrl = "https://shop.example.com/payments/alipay/return",
    };

    private static LogisticsTradeRequest Cart() => new(
        "SO20250101002",
        "订单 SO20250101002",
        Price: 199.00m,
        Quantity: 1,
        new AlipayLogistics(AlipayLogisticsType.Express, 0.00m, AlipayLogisticsPayment.SellerPay))
    {
        NotifyUrl = "https://shop.example.com/payments/alipay/notify",
        Receiver = new AlipayReceiver("张三", "北京市朝阳区某路 1 号") { Zip = "100000", Mobile = "13800000000" },
    };

    [Fact]
    public void Direct_pay_is_signed_and_carries_service_partner_charset_and_sign_type()
    {
        var request = Builder().BuildDirectPay(DirectPay());
        var parameters = request.Parameters;

        Assert.Equal(["service", "partner", "_input_charset"], parameters.Keys.Take(3));
        Assert.Equal(["sign", "sign_type"], parameters.Keys.TakeLast(2));
        Assert.Equal("create_direct_pay_by_user", parameters["service"]);
        Assert.Equal(Partner, parameters["partner"]);
        Assert.Equal("utf-8", parameters["_input_charset"]);
        Assert.Equal("MD5", parameters["sign_type"]);
        Assert.Equal("10.50", parameters["total_fee"]);
        Assert.Equal("1", parameters["payment_type"]);
        Assert.Equal("seller@example.com", parameters["seller_email"]);
        Assert.True(AlipaySignature.Verify(parameters, parameters["sign"], Key, AlipayCharset.Utf8));
    }

    [Fact]
    public void Built_requests_pass_the_rules_the_gateway_emulator_applies()
    {
        var builder = Builder(AlipayCharset.Gbk);
        AlipaySignedRequest[] requests =
        [
            builder.BuildDirectPay(DirectPay()),
            builder.BuildEscrowTrade(Cart()),
            builder.BuildDualTrade(Cart()),
            builder.BuildDigitalGoodsTrade(new DigitalGoodsTradeRequest("SO3", "电子书") { Price = 9.9m, Quantity = 2 }),
            builder.BuildDonation(new DonationRequest("DN1", "捐赠", 50m)),
            builder.BuildSendGoods(new SendGoodsRequest("2025010122001", "顺丰速运", AlipayLogisticsType.Express) { InvoiceNo = "SF1" }),
            builder.BuildTradeQuery(new TradeQueryRequest(null, "SO1")),
            builder.BuildCloseTrade(new CloseTradeRequest(null, "SO1")),
        ];

        Assert.All(requests, request =>
        {
            Assert.Empty(AlipayRequestRules.CheckEnvelope(request.Parameters));
            Assert.Empty(AlipayRequestRules.CheckService(request.Parameters));
            Assert.True(AlipaySignature.Verify(request.Parameters, request.Parameters["sign"], Key, AlipayCharset.Gbk));
        });
    }

    [Fact]
    public void Form_action_is_the_gateway_with_only_the_charset()
    {
        var request = Builder(AlipayCharset.Gbk).BuildDirectPay(DirectPay());

        Assert.Equal("https://mapi.alipay.com/gateway.do?_input_charset=gbk", request.FormAction(Gateway));
        Assert.Equal("gbk", request.Parameters["_input_charset"]);
    }

    [Fact]
    public void Form_action_needs_a_gateway_without_a_query()
    {
        var request = Builder().BuildDirectPay(DirectPay());

        Assert.Throws<ArgumentException>(() => request.FormAction(new Uri("https://mapi.alipay.com/gateway.do?x=1")));
        Assert.Throws<ArgumentException>(() => request.FormAction(new Uri("/gateway.do", UriKind.Relative)));
    }

    [Fact]
    public void Get_url_encodes_values_in_gbk_and_parses_back_to_a_valid_signature()
    {
        var request = Builder(AlipayCharset.Gbk).BuildDirectPay(DirectPay() with { Subject = "测试" });

        var url = request.GetUrl(Gateway);

        Assert.StartsWith("https://mapi.alipay.com/gateway.do?service=create_direct_pay_by_user&", url);
        Assert.Contains("&subject=%B2%E2%CA%D4&", url);
        var parsed = AlipayFormEncoding.Parse(new Uri(url).Query, AlipayCharset.Gbk);
        Assert.Equal(request.Parameters, parsed);
        Assert.True(AlipaySignature.Verify(parsed, parsed["sign"], Key, AlipayCharset.Gbk));
    }

    [Fact]
    public void Form_body_decodes_to_the_same_parameters()
    {
        var request = Builder(AlipayCharset.Gbk).BuildTradeQuery(new TradeQueryRequest("2025010122001", "SO1"));

        Assert.Equal(request.Parameters, AlipayFormEncoding.Parse(request.FormBody(), AlipayCharset.Gbk));
    }

    [Fact]
    public void Without_a_seller_email_the_partner_is_the_seller_id()
    {
        var parameters = Builder(sellerEmail: null).BuildDirectPay(DirectPay()).Parameters;

        Assert.Equal(Partner, parameters["seller_id"]);
        Assert.False(parameters.ContainsKey("seller_email"));
    }

    [Fact]
    public void Amounts_are_written_in_invariant_culture_on_a_german_server()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            var parameters = Builder().BuildDualTrade(Cart() with { Price = 1234.5m, Quantity = 1000 }).Parameters;

            Assert.Equal("1234.50", parameters["price"]);
            Assert.Equal("1000", parameters["quantity"]);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Dual_trade_sends_price_quantity_logistics_and_receiver()
    {
        var parameters = Builder().BuildDualTrade(Cart()).Parameters;

        Assert.Equal("trade_create_by_buyer", parameters["service"]);
        Assert.Equal("199.00", parameters["price"]);
        Assert.Equal("1", parameters["quantity"]);
        Assert.Equal("EXPRESS", parameters["logistics_type"]);
        Assert.Equal("0.00", parameters["logistics_fee"]);
        Assert.Equal("SELLER_PAY", parameters["logistics_payment"]);
        Assert.Equal("张三", parameters["receive_name"]);
        Assert.Equal("北京市朝阳区某路 1 号", parameters["receive_address"]);
        Assert.Equal("100000", parameters["receive_zip"]);
        Assert.Equal("13800000000", parameters["receive_mobile"]);
        Assert.False(parameters.ContainsKey("receive_phone"));
        Assert.False(parameters.ContainsKey("total_fee"));
    }

    [Fact]
    public void Escrow_trade_numbers_the_extra_logistics_offers()
    {
        var request = Cart() with
        {
            SecondLogistics = new AlipayLogistics(AlipayLogisticsType.Post, 5m, AlipayLogisticsPayment.BuyerPay),
            ThirdLogistics = new AlipayLogistics(AlipayLogisticsType.Ems, 20m, AlipayLogisticsPayment.BuyerPayAfterReceive),
        };

        var parameters = Builder().BuildEscrowTrade(request).Parameters;

        Assert.Equal("create_partner_trade_by_buyer", parameters["service"]);
        Assert.Equal("POST", parameters["logistics_type_1"]);
        Assert.Equal("5.00", parameters["logistics_fee_1"]);
        Assert.Equal("BUYER_PAY", parameters["logistics_payment_1"]);
        Assert.Equal("EMS", parameters["logistics_type_2"]);
        Assert.Equal("20.00", parameters["logistics_fee_2"]);
        Assert.Equal("BUYER_PAY_AFTER_RECEIVE", parameters["logistics_payment_2"]);
    }

    [Fact]
    public void Digital_goods_take_total_fee_or_price_and_quantity()
    {
        var byTotal = Builder().BuildDigitalGoodsTrade(new DigitalGoodsTradeRequest("SO3", "电子书") { TotalFee = 19.8m }).Parameters;
        var byPrice = Builder().BuildDigitalGoodsTrade(new DigitalGoodsTradeRequest("SO3", "电子书") { Price = 9.9m, Quantity = 2 }).Parameters;

        Assert.Equal("create_digital_goods_trade_p", byTotal["service"]);
        Assert.Equal("19.80", byTotal["total_fee"]);
        Assert.Equal("9.90", byPrice["price"]);
        Assert.Equal("2", byPrice["quantity"]);
        Assert.False(byTotal.ContainsKey("logistics_type"));
    }

    [Fact]
    public void Donation_is_payment_type_4_with_total_fee()
    {
        var parameters = Builder().BuildDonation(new DonationRequest("DN20250101001", "捐赠", 88.88m)).Parameters;

        Assert.Equal("create_donate_trade_p", parameters["service"]);
        Assert.Equal("4", parameters["payment_type"]);
        Assert.Equal("88.88", parameters["total_fee"]);
    }

    [Fact]
    public void Send_goods_sends_trade_no_carrier_tracking_number_and_transport_type()
    {
        var parameters = Builder().BuildSendGoods(new SendGoodsRequest("2025010122001", "顺丰速运", AlipayLogisticsType.Direct) { InvoiceNo = "SF1234" }).Parameters;

        Assert.Equal(
            ["service", "partner", "_input_charset", "trade_no", "logistics_name", "invoice_no", "transport_type", "sign", "sign_type"],
            parameters.Keys);
        Assert.Equal("DIRECT", parameters["transport_type"]);
    }

    [Fact]
    public void Close_trade_names_the_merchants_number_out_order_no()
    {
        var parameters = Builder().BuildCloseTrade(new CloseTradeRequest(null, "SO1")).Parameters;

        Assert.Equal("close_trade", parameters["service"]);
        Assert.Equal("SO1", parameters["out_order_no"]);
        Assert.False(parameters.ContainsKey("out_trade_no"));
        Assert.False(parameters.ContainsKey("trade_no"));
    }

    [Fact]
    public void Close_trade_without_a_number_is_refused_before_it_is_signed()
    {
        Assert.Throws<AlipayArgumentException>(() => Builder().BuildCloseTrade(new CloseTradeRequest(null, null)));
    }

    [Fact]
    public void Trade_query_sends_only_the_numbers_given()
    {
        var parameters = Builder().BuildTradeQuery(new TradeQueryRequest("2025010122001", null)).Parameters;

        Assert.Equal("2025010122001", parameters["trade_no"]);
        Assert.False(parameters.ContainsKey("out_trade_no"));
    }

    [Fact]
    public void Optional_values_left_empty_are_not_sent()
    {
        var parameters = Builder().BuildDirectPay(DirectPay() with { Body = "", ShowUrl = null }).Parameters;

        Assert.False(parameters.ContainsKey("body"));
        Assert.False(parameters.ContainsKey("show_url"));
    }

    public static TheoryData<string, string, string> InvalidInputs() => new()
    {
        { "it_b_pay", "1.5h", AlipayErrorCodes.IllegalOutTimeArgument },
        { "notify_url", "https://shop.example.com/notify?order=1", AlipayErrorCodes.IllegalArgument },
        { "return_url", "/payments/alipay/return", AlipayErrorCodes.IllegalArgument },
        { "out_trade_no", new string('1', 65), AlipayErrorCodes.IllegalArgument },
        { "extra_common_param", new string('x', 101), AlipayErrorCodes.IllegalArgument },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Invalid_input_throws_an_argument_exception_naming_the_parameter_and_rule(string parameter, string value, string errorCode)
    {
        var request = parameter switch
        {
            "subject" => DirectPay() with { Subject = value },
            "it_b_pay" => DirectPay() with { UnpaidTimeout = value },
            "notify_url" => DirectPay() with { NotifyUrl = value },
            "return_url" => DirectPay() with { ReturnUrl = value },
            "out_trade_no" => DirectPay() with { OutTradeNo = value },
            _ => DirectPay() with { ExtraCommonParam = value },
        };

        ArgumentException error = Assert.Throws<AlipayArgumentException>(() => Builder().BuildDirectPay(request));

        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith(parameter + " ", error.Message);
        Assert.Equal(errorCode, ((AlipayArgumentException)error).Violation.ErrorCode);
    }

    [Fact]
    public void Total_fee_with_price_and_quantity_throws_illegal_fee_param()
    {
        var request = DirectPay() with { Price = 10.5m, Quantity = 1 };

        var error = Assert.Throws<AlipayArgumentException>(() => Builder().BuildDirectPay(request));

        Assert.Equal(AlipayErrorCodes.IllegalFeeParam, error.Violation.ErrorCode);
        Assert.Contains("together with price", error.Message);
    }

    [Theory]
    [InlineData("12.345", AlipayErrorCodes.IllegalMoneyFormat)]
    [InlineData("0", AlipayErrorCodes.IllegalFeeParam)]
    [InlineData("100000000.01", AlipayErrorCodes.IllegalFeeParam)]
    public void Donation_amount_outside_the_rules_throws(string amount, string errorCode)
    {
        var request = new DonationRequest("DN1", "捐赠", decimal.Parse(amount, CultureInfo.InvariantCulture));

        var error = Assert.Throws<AlipayArgumentException>(() => Builder().BuildDonation(request));

        Assert.Equal("total_fee", error.ParamName);
        Assert.Equal(errorCode, error.Violation.ErrorCode);
    }

    [Fact]
    public void Zero_quantity_throws_illegal_fee_param()
    {
        var error = Assert.Throws<AlipayArgumentException>(() => Builder().BuildDualTrade(Cart() with { Quantity = 0 }));

        Assert.Equal("quantity", error.ParamName);
        Assert.Equal(AlipayErrorCodes.IllegalFeeParam, error.Violation.ErrorCode);
    }

    [Fact]
    public void Receiver_without_address_throws()
    {
        var request = Cart() with { Receiver = new AlipayReceiver("张三", "") { Zip = "100000" } };

        var error = Assert.Throws<AlipayArgumentException>(() => Builder().BuildDualTrade(request));

        Assert.Equal("receive_address", error.ParamName);
    }

    [Fact]
    public void Same_logistics_type_offered_twice_throws()
    {
        var request = Cart() with { SecondLogistics = new AlipayLogistics(AlipayLogisticsType.Express, 5m, AlipayLogisticsPayment.BuyerPay) };

        var error = Assert.Throws<AlipayArgumentException>(() => Builder().BuildEscrowTrade(request));

        Assert.Equal("logistics_type_1", error.ParamName);
    }

    [Fact]
    public void Direct_is_no_logistics_type_for_a_trade()
    {
        var request = Cart() with { Logistics = new AlipayLogistics(AlipayLogisticsType.Direct, 0m, AlipayLogisticsPayment.SellerPay) };

        var error = Assert.Throws<AlipayArgumentException>(() => Builder().BuildDualTrade(request));

        Assert.Equal("logistics_type", error.ParamName);
    }

    [Fact]
    public void Subject_too_long_in_gbk_bytes_throws_only_in_gbk()
    {
        var request = DirectPay() with { Subject = new string('测', 129) };

        Builder(AlipayCharset.Utf8).BuildDirectPay(request with { Subject = new string('测', 85) });
        var error = Assert.Throws<AlipayArgumentException>(() => Builder(AlipayCharset.Gbk).BuildDirectPay(request));

        Assert.Contains("256 bytes in gbk", error.Message);
    }

    [Fact]
    public void Send_goods_without_trade_no_throws()
    {
        var error = Assert.Throws<AlipayArgumentException>(() =>
            Builder().BuildSendGoods(new SendGoodsRequest("", "顺丰速运", AlipayLogisticsType.Express)));

        Assert.Equal("trade_no", error.ParamName);
    }

    [Fact]
    public void Query_without_any_trade_number_throws()
    {
        var error = Assert.Throws<AlipayArgumentException>(() => Builder().BuildTradeQuery(new TradeQueryRequest(null, " ")));

        Assert.Equal(AlipayErrorCodes.IllegalArgument, error.Violation.ErrorCode);
    }
}
