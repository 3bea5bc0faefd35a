using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public class AlipayNotificationTests
{
    private static Dictionary<string, string> EveryParameter() => new()
    {
        ["notify_time"] = "2025-01-02 03:04:05",
        ["notify_type"] = "trade_status_sync",
        ["notify_id"] = "RqPnCoPT3K9%2Fvwbh3InWfjSqg",
        ["sign_type"] = "MD5",
        ["sign"] = "0123456789abcdef0123456789abcdef",
        ["out_trade_no"] = "SO20250101001",
        ["trade_no"] = "2025010222001456780500123456",
        ["subject"] = "C++ 入门 & 进阶",
        ["body"] = "两本书",
        ["payment_type"] = "1",
        ["trade_status"] = "WAIT_BUYER_CONFIRM_GOODS",
        ["total_fee"] = "209.00",
        ["price"] = "199.00",
        ["quantity"] = "1",
        ["discount"] = "-0.50",
        ["is_total_fee_adjust"] = "N",
        ["use_coupon"] = "Y",
        ["seller_id"] = "2088101568338364",
        ["seller_email"] = "seller@example.com",
        ["buyer_id"] = "2088002007018916",
        ["buyer_email"] = "buyer@example.com",
        ["gmt_create"] = "2025-01-02 03:00:00",
        ["gmt_payment"] = "2025-01-02 03:01:00",
        ["gmt_close"] = "2025-01-09 03:00:00",
        ["gmt_send_goods"] = "2025-01-03 10:00:00",
        ["refund_status"] = "WAIT_SELLER_AGREE",
        ["gmt_refund"] = "2025-01-04 08:00:00",
        ["extra_common_param"] = "order=SO20250101001",
        ["logistics_type"] = "EXPRESS",
        ["logistics_fee"] = "10.00",
        ["logistics_payment"] = "BUYER_PAY",
        ["receive_name"] = "张三",
        ["receive_address"] = "北京市朝阳区某路 1 号",
        ["receive_zip"] = "100000",
        ["receive_phone"] = "010-12345678",
        ["receive_mobile"] = "13800000000",
        ["is_success"] = "T",
        ["exterface"] = "trade_create_by_buyer",
    };

    private static DateTimeOffset China(int year, int month, int day, int hour, int minute, int second) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(8));

    [Fact]
    public void Every_parameter_of_the_protocol_is_read()
    {
        var notification = AlipayNotification.Parse(EveryParameter());

        Assert.Equal(China(2025, 1, 2, 3, 4, 5), notification.NotifyTime);
        Assert.Equal(new DateTime(2025, 1, 1, 19, 4, 5, DateTimeKind.Utc), notification.NotifyTimeUtc);
        Assert.Equal(DateTimeKind.Utc, notification.NotifyTimeUtc!.Value.Kind);
        Assert.Equal("trade_status_sync", notification.NotifyType);
        Assert.Equal("RqPnCoPT3K9%2Fvwbh3InWfjSqg", notification.NotifyId);
        Assert.Equal("MD5", notification.SignType);
        Assert.Equal("0123456789abcdef0123456789abcdef", notification.Sign);
        Assert.Equal("SO20250101001", notification.OutTradeNo);
        Assert.Equal("2025010222001456780500123456", notification.TradeNo);
        Assert.Equal("C++ 入门 & 进阶", notification.Subject);
        Assert.Equal("两本书", notification.Body);
        Assert.Equal("1", notification.PaymentType);
        Assert.Equal(TradeStatus.WaitBuyerConfirmGoods, notification.TradeStatus);
        Assert.Equal("WAIT_BUYER_CONFIRM_GOODS", notification.TradeStatusText);
        Assert.Equal(209.00m, notification.TotalFee);
        Assert.Equal(199.00m, notification.Price);
        Assert.Equal(1, notification.Quantity);
        Assert.Equal(-0.50m, notification.Discount);
        Assert.False(notification.IsTotalFeeAdjust);
        Assert.True(notification.UseCoupon);
        Assert.Equal("2088101568338364", notification.SellerId);
        Assert.Equal("seller@example.com", notification.SellerEmail);
        Assert.Equal("2088002007018916", notification.BuyerId);
        Assert.Equal("buyer@example.com", notification.BuyerEmail);
        Assert.Equal(China(2025, 1, 2, 3, 0, 0), notification.GmtCreate);
        Assert.Equal(China(2025, 1, 2, 3, 1, 0), notification.GmtPayment);
        Assert.Equal(China(2025, 1, 9, 3, 0, 0), notification.GmtClose);
        Assert.Equal(China(2025, 1, 3, 10, 0, 0), notification.GmtSendGoods);
        Assert.Equal(RefundStatus.WaitSellerAgree, notification.RefundStatus);
        Assert.Equal("WAIT_SELLER_AGREE", notification.RefundStatusText);
        Assert.Equal(China(2025, 1, 4, 8, 0, 0), notification.GmtRefund);
        Assert.Equal("order=SO20250101001", notification.ExtraCommonParam);
        Assert.Equal("EXPRESS", notification.LogisticsType);
        Assert.Equal(10.00m, notification.LogisticsFee);
        Assert.Equal("BUYER_PAY", notification.LogisticsPayment);
        Assert.Equal("张三", notification.ReceiveName);
        Assert.Equal("北京市朝阳区某路 1 号", notification.ReceiveAddress);
        Assert.Equal("100000", notification.ReceiveZip);
        Assert.Equal("010-12345678", notification.ReceivePhone);
        Assert.Equal("13800000000", notification.ReceiveMobile);
        Assert.True(notification.IsSuccess);
        Assert.Equal("trade_create_by_buyer", notification.Exterface);
    }

    [Fact]
    public void All_raw_parameters_are_kept_in_arrival_order_including_ones_not_modelled()
    {
        var arrived = new Dictionary<string, string>
        {
            ["z_new_field"] = "kept",
            ["trade_status"] = "TRADE_SUCCESS",
            ["sign"] = "abc",
        };

        var notification = AlipayNotification.Parse(arrived);

        Assert.Equal(arrived, notification.Parameters);
        Assert.Equal(["z_new_field", "trade_status", "sign"], notification.Parameters.Keys);
    }

    [Fact]
    public void Parameters_are_a_copy_that_later_changes_do_not_reach()
    {
        var arrived = new Dictionary<string, string> { ["total_fee"] = "10.00" };
        var notification = AlipayNotification.Parse(arrived);

        arrived["total_fee"] = "0.01";

        Assert.Equal("10.00", notification.Parameters["total_fee"]);
    }

    [Theory]
    [InlineData("WAIT_BUYER_PAY", TradeStatus.WaitBuyerPay)]
    [InlineData("WAIT_SELLER_SEND_GOODS", TradeStatus.WaitSellerSendGoods)]
    [InlineData("WAIT_BUYER_CONFIRM_GOODS", TradeStatus.WaitBuyerConfirmGoods)]
    [InlineData("TRADE_SUCCESS", TradeStatus.TradeSuccess)]
    [InlineData("TRADE_FINISHED", TradeStatus.TradeFinished)]
    [InlineData("TRADE_CLOSED", TradeStatus.TradeClosed)]
    [InlineData("TRADE_PENDING", TradeStatus.TradePending)]
    public void Every_documented_trade_status_is_recognised(string text, TradeStatus expected)
    {
        var notification = AlipayNotification.Parse(new Dictionary<string, string> { ["trade_status"] = text });

        Assert.Equal(expected, notification.TradeStatus);
        Assert.Equal(text, AlipayStatusNames.NameOf(expected));
    }

    [Theory]
    [InlineData("REFUND_SUCCESS", RefundStatus.RefundSuccess)]
    [InlineData("REFUND_CLOSED", RefundStatus.RefundClosed)]
    [InlineData("WAIT_SELLER_AGREE", RefundStatus.WaitSellerAgree)]
    [InlineData("SELLER_REFUSE_BUYER", RefundStatus.SellerRefuseBuyer)]
    [InlineData("WAIT_BUYER_RETURN_GOODS", RefundStatus.WaitBuyerReturnGoods)]
    [InlineData("WAIT_SELLER_CONFIRM_GOODS", RefundStatus.WaitSellerConfirmGoods)]
    public void Every_refund_status_is_recognised(string text, RefundStatus expected)
    {
        var notification = AlipayNotification.Parse(new Dictionary<string, string> { ["refund_status"] = text });

        Assert.Equal(expected, notification.RefundStatus);
        Assert.Equal(text, AlipayStatusNames.NameOf(expected));
    }

    [Theory]
    [InlineData("TRADE_REFUNDING")]
    [InlineData("trade_success")]
    [InlineData(" TRADE_SUCCESS")]
    public void Unknown_trade_status_is_kept_verbatim(string text)
    {
        var notification = AlipayNotification.Parse(new Dictionary<string, string>
        {
            ["trade_status"] = text,
            ["refund_status"] = text,
        });

        Assert.Equal(TradeStatus.Unknown, notification.TradeStatus);
        Assert.Equal(text, notification.TradeStatusText);
        Assert.Equal(RefundStatus.Unknown, notification.RefundStatus);
        Assert.Equal(text, notification.RefundStatusText);
    }

    [Fact]
    public void Unknown_status_has_no_protocol_name()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AlipayStatusNames.NameOf(TradeStatus.Unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => AlipayStatusNames.NameOf(RefundStatus.Unknown));
    }

    [Fact]
    public void Absent_statuses_are_null_not_unknown()
    {
        var notification = AlipayNotification.Parse(new Dictionary<string, string> { ["trade_status"] = "" });

        Assert.Null(notification.TradeStatus);
        Assert.Null(notification.RefundStatus);
    }

    [Fact]
    public void Malformed_values_do_not_throw_and_read_as_null_with_the_raw_text_kept()
    {
        var arrived = new Dictionary<string, string>
        {
            ["total_fee"] = "10,00",
            ["price"] = "1e3",
            ["quantity"] = "one",
            ["discount"] = "",
            ["logistics_fee"] = "free",
            ["notify_time"] = "2025-13-45 99:00:00",
            ["gmt_payment"] = "yesterday",
            ["is_total_fee_adjust"] = "yes",
            ["use_coupon"] = "T",
            ["is_success"] = "Y",
        };

        var notification = AlipayNotification.Parse(arrived);

        Assert.Null(notification.TotalFee);
        Assert.Null(notification.Price);
        Assert.Null(notification.Quantity);
        Assert.Null(notification.Discount);
        Assert.Null(notification.LogisticsFee);
        Assert.Null(notification.NotifyTime);
        Assert.Null(notification.NotifyTimeUtc);
        Assert.Null(notification.GmtPayment);
        Assert.Null(notification.IsTotalFeeAdjust);
        Assert.Null(notification.UseCoupon);
        Assert.Null(notification.IsSuccess);
        Assert.Equal("10,00", notification.Parameters["total_fee"]);
        Assert.Equal("2025-13-45 99:00:00", notification.Parameters["notify_time"]);
    }

    [Fact]
    public void Notification_without_parameters_reads_as_all_null()
    {
        var notification = AlipayNotification.Parse(new Dictionary<string, string>());

        Assert.Empty(notification.Parameters);
        Assert.Null(notification.NotifyId);
        Assert.Null(notification.TotalFee);
        Assert.Null(notification.TradeStatus);
    }

    [Fact]
    public void Notify_body_in_gbk_decodes_once_and_reads_the_subject_and_notify_id()
    {
        var body = "notify_id=RqPnCoPT3K9%252Fvwbh3In&subject=C%2B%2B+%C8%EB%C3%C5&trade_status=TRADE_SUCCESS"u8;

        var notification = AlipayNotification.Parse(AlipayFormEncoding.Parse(body, AlipayCharset.Gbk));

        Assert.Equal("RqPnCoPT3K9%2Fvwbh3In", notification.NotifyId);
        Assert.Equal("C++ 入门", notification.Subject);
        Assert.Equal(TradeStatus.TradeSuccess, notification.TradeStatus);
    }
}
