using System.Text;
using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class AlipayXmlAnswerTests
{
    private const string Key = "0123456789abcdefghijklmnopqrstuv";

    private static byte[] Utf8(string xml) => Encoding.UTF8.GetBytes(xml);

    [Fact]
    public void Successful_send_goods_answer_reads_trade_base()
    {
        var answer = AlipayXmlAnswer.Parse(Utf8(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <alipay>
              <is_success>T</is_success>
              <request>
                <param name="_input_charset">utf-8</param>
                <param name="service">send_goods_confirm_by_platform</param>
                <param name="trade_no">2025010222001456780500123456</param>
                <param name="logistics_name">顺丰速运</param>
                <param name="transport_type">EXPRESS</param>
              </request>
              <response>
                <tradeBase>
                  <trade_no>2025010222001456780500123456</trade_no>
                  <out_trade_no>SO20250101001</out_trade_no>
                  <trade_status>WAIT_BUYER_CONFIRM_GOODS</trade_status>
                </tradeBase>
              </response>
              <sign>0123456789abcdef0123456789abcdef</sign>
              <sign_type>MD5</sign_type>
            </alipay>
            """));

        Assert.Equal(AlipayXmlOutcome.Success, answer.Outcome);
        Assert.True(answer.IsSuccess);
        Assert.Null(answer.ErrorCode);
        Assert.Equal("send_goods_confirm_by_platform", answer.Request["service"]);
        Assert.Equal("顺丰速运", answer.Request["logistics_name"]);
        Assert.Equal(5, answer.Request.Count);
        Assert.NotNull(answer.Trade);
        Assert.Equal("2025010222001456780500123456", answer.Trade.TradeNo);
        Assert.Equal("SO20250101001", answer.Trade.OutTradeNo);
        Assert.Equal(TradeStatus.WaitBuyerConfirmGoods, answer.Trade.TradeStatus);
        Assert.Equal("0123456789abcdef0123456789abcdef", answer.Sign);
        Assert.Equal("MD5", answer.SignType);
    }

    [Fact]
    public void Successful_query_answer_reads_every_trade_field()
    {
        var answer = AlipayXmlAnswer.Parse(Utf8(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <alipay><is_success>T</is_success>
            <request><param name="service">single_trade_query</param><param name="out_trade_no">SO20250101001</param></request>
            <response><trade>
              <trade_no>2025010222001456780500123456</trade_no>
              <out_trade_no>SO20250101001</out_trade_no>
              <subject>测试订单</subject>
              <trade_status>TRADE_FINISHED</trade_status>
              <total_fee>209.00</total_fee>
              <price>199.00</price>
              <quantity>1</quantity>
              <buyer_email>buyer@example.com</buyer_email>
              <buyer_id>2088002007018916</buyer_id>
              <seller_email>seller@example.com</seller_email>
              <seller_id>2088101568338364</seller_id>
              <gmt_create>2025-01-02 03:00:00</gmt_create>
              <gmt_payment>2025-01-02 03:01:00</gmt_payment>
              <gmt_send_goods>2025-01-03 10:00:00</gmt_send_goods>
              <gmt_close>2025-01-10 10:00:00</gmt_close>
              <is_total_fee_adjust>F</is_total_fee_adjust>
              <use_coupon>T</use_coupon>
              <refund_status>REFUND_CLOSED</refund_status>
            </trade></response>
            <sign>0123456789abcdef0123456789abcdef</sign><sign_type>MD5</sign_type></alipay>
            """));

        var trade = answer.Trade!;
        var china = TimeSpan.FromHours(8);
        Assert.True(answer.IsSuccess);
        Assert.Equal("测试订单", trade.Subject);
        Assert.Equal(TradeStatus.TradeFinished, trade.TradeStatus);
        Assert.Equal(209.00m, trade.TotalFee);
        Assert.Equal(199.00m, trade.Price);
        Assert.Equal(1, trade.Quantity);
        Assert.Equal("buyer@example.com", trade.BuyerEmail);
        Assert.Equal("2088002007018916", trade.BuyerId);
        Assert.Equal("seller@example.com", trade.SellerEmail);
        Assert.Equal("2088101568338364", trade.SellerId);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 0, 0, china), trade.GmtCreate);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 1, 0, china), trade.GmtPayment);
        Assert.Equal(new DateTimeOffset(2025, 1, 3, 10, 0, 0, china), trade.GmtSendGoods);
        Assert.Equal(new DateTimeOffset(2025, 1, 10, 10, 0, 0, china), trade.GmtClose);
        Assert.False(trade.IsTotalFeeAdjust);
        Assert.True(trade.UseCoupon);
        Assert.Equal(RefundStatus.RefundClosed, trade.RefundStatus);
        Assert.Equal("209.00", answer.ResponseFields["total_fee"]);
    }

    [Fact]
    public void Query_flags_are_t_and_f_so_y_does_not_read()
    {
        var answer = AlipayXmlAnswer.Parse(Utf8(
            "<alipay><is_success>T</is_success><response><trade><is_total_fee_adjust>Y</is_total_fee_adjust></trade></response></alipay>"));

        Assert.Null(answer.Trade!.IsTotalFeeAdjust);
    }

    [Theory]
    [InlineData(AlipayErrorCodes.TradeNotExist)]
    [InlineData(AlipayErrorCodes.TradeStatusNotAvailable)]
    [InlineData(AlipayErrorCodes.IllegalArgument)]
    public void Failure_answer_reads_the_error_code(string code)
    {
        var answer = AlipayXmlAnswer.Parse(Utf8($"<?xml version=\"1.0\" encoding=\"utf-8\"?><alipay><is_success>F</is_success><error>{code}</error></alipay>"));

        Assert.Equal(AlipayXmlOutcome.Failure, answer.Outcome);
        Assert.False(answer.IsSuccess);
        Assert.Equal(code, answer.ErrorCode);
        Assert.Null(answer.Trade);
        Assert.Empty(answer.Request);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<alipay><is_success>T</is_success>")]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("<alipay><error>TRADE_NOT_EXIST</error></alipay>")]
    [InlineData("<alipay><is_success>F</is_success></alipay>")]
    [InlineData("<alipay><is_success>maybe</is_success></alipay>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE alipay [<!ENTITY x \"y\">]><alipay><is_success>T</is_success></alipay>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"no-such-charset\"?><alipay><is_success>T</is_success></alipay>")]
    public void Malformed_xml_is_a_clear_failure_not_an_exception(string xml)
    {
        var answer = AlipayXmlAnswer.Parse(Utf8(xml));

        Assert.Equal(AlipayXmlOutcome.Malformed, answer.Outcome);
        Assert.False(answer.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(answer.MalformedReason));
        Assert.Null(answer.Trade);
    }

    [Fact]
    public void Query_answer_written_in_gbk_reads_back_the_same()
    {
        var request = new Dictionary<string, string>
        {
            ["service"] = AlipayServices.SingleTradeQuery,
            ["partner"] = "2088101568338364",
            ["_input_charset"] = "gbk",
            ["out_trade_no"] = "SO20250101001",
        };
        var trade = new AlipayTrade
        {
            TradeNo = "2025010222001456780500123456",
            OutTradeNo = "SO20250101001",
            Subject = "贝尔金护腕式 & <特价>",
            TradeStatusText = AlipayStatusNames.NameOf(TradeStatus.TradeSuccess),
            TotalFee = 100m,
            Price = 100m,
            Quantity = 1,
            BuyerEmail = "buyer@example.com",
            BuyerId = "2088002007018916",
            SellerEmail = "seller@example.com",
            SellerId = "2088101568338364",
            GmtCreate = new DateTimeOffset(2025, 1, 1, 19, 0, 0, TimeSpan.Zero),
            GmtPayment = new DateTimeOffset(2025, 1, 1, 19, 1, 0, TimeSpan.Zero),
            IsTotalFeeAdjust = false,
            UseCoupon = true,
            RefundStatusText = "REFUND_SUCCESS",
        };

        var bytes = AlipayXmlAnswer.Succeeded(request, trade, Key, AlipayCharset.Gbk).ToXml(AlipayCharset.Gbk);
        var answer = AlipayXmlAnswer.Parse(bytes);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"gbk\"?><alipay><is_success>T</is_success>", Encoding.ASCII.GetString(bytes));
        Assert.True(bytes.AsSpan().IndexOf(AlipayCharset.Gbk.Encoding.GetBytes("贝尔金")) > 0);
        Assert.True(answer.IsSuccess);
        Assert.Equal(request, answer.Request);
        Assert.Equal(trade, answer.Trade);
        Assert.Equal("100.00", answer.ResponseFields["total_fee"]);
        Assert.Equal("2025-01-02 03:00:00", answer.ResponseFields["gmt_create"]);
        Assert.Equal("T", answer.ResponseFields["use_coupon"]);
        Assert.Contains("<response><trade>", Encoding.ASCII.GetString(bytes));
        Assert.Equal("MD5", answer.SignType);
        Assert.True(AlipaySignature.Verify(answer.ResponseFields, answer.Sign, Key, AlipayCharset.Gbk));
    }

    [Fact]
    public void Send_goods_answer_is_written_with_trade_base()
    {
        var request = new Dictionary<string, string>
        {
            ["service"] = AlipayServices.SendGoodsConfirmByPlatform,
            ["trade_no"] = "2025010222001456780500123456",
        };
        var trade = new AlipayTrade
        {
            TradeNo = "2025010222001456780500123456",
            OutTradeNo = "SO20250101001",
            TradeStatusText = "WAIT_BUYER_CONFIRM_GOODS",
        };

        var xml = Encoding.UTF8.GetString(AlipayXmlAnswer.Succeeded(request, trade, Key, AlipayCharset.Utf8).ToXml(AlipayCharset.Utf8));

        Assert.Contains(
            "<response><tradeBase><trade_no>2025010222001456780500123456</trade_no><out_trade_no>SO20250101001</out_trade_no><trade_status>WAIT_BUYER_CONFIRM_GOODS</trade_status></tradeBase></response>",
            xml);
        Assert.Equal(trade, AlipayXmlAnswer.Parse(Encoding.UTF8.GetBytes(xml)).Trade);
    }

    [Fact]
    public void Close_trade_answer_is_written_with_trade_base_and_reads_back()
    {
        var request = new Dictionary<string, string>
        {
            ["service"] = AlipayServices.CloseTrade,
            ["out_order_no"] = "SO20250101001",
        };
        var trade = new AlipayTrade
        {
            TradeNo = "2025010222001456780500123456",
            OutTradeNo = "SO20250101001",
            TradeStatusText = "TRADE_CLOSED",
        };

        var xml = Encoding.UTF8.GetString(AlipayXmlAnswer.Succeeded(request, trade, Key, AlipayCharset.Utf8).ToXml(AlipayCharset.Utf8));

        Assert.Contains("<response><tradeBase>", xml);
        Assert.Contains("<trade_status>TRADE_CLOSED</trade_status>", xml);
        var read = AlipayXmlAnswer.Parse(Encoding.UTF8.GetBytes(xml));
        Assert.Equal(TradeStatus.TradeClosed, read.Trade?.TradeStatus);
        Assert.True(AlipaySignature.Verify(read.ResponseFields, read.Sign, Key, AlipayCharset.Utf8));
    }

    [Fact]
    public void Failure_is_written_as_the_bare_envelope_and_reads_back()
    {
        var bytes = AlipayXmlAnswer.Failed(AlipayErrorCodes.TradeNotExist).ToXml(AlipayCharset.Utf8);

        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><alipay><is_success>F</is_success><error>TRADE_NOT_EXIST</error></alipay>",
            Encoding.UTF8.GetString(bytes));
        Assert.Equal(AlipayErrorCodes.TradeNotExist, AlipayXmlAnswer.Parse(bytes).ErrorCode);
    }

    [Fact]
    public void Utf8_answer_has_no_byte_order_mark()
    {
        var bytes = AlipayXmlAnswer.Failed(AlipayErrorCodes.IllegalArgument).ToXml(AlipayCharset.Utf8);

        Assert.Equal((byte)'<', bytes[0]);
    }
}
