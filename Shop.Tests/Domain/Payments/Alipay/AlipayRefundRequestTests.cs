using Shop.Domain;
using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

/// <summary>refund_fastpay_by_platform_pwd as the shop builds it, and its result as the shop reads it (docs/alipay-protocol.md §6a).</summary>
public class AlipayRefundRequestTests
{
    private static readonly AlipayMerchant Merchant = new("2088101122334455", "docexample0123456789abcdefghijkl", sellerEmail: null);

    [Fact]
    public void The_request_is_signed_as_the_protocol_page_s_example()
    {
        var refundDate = ChinaTime.At(new DateTime(2026, 1, 20, 1, 15, 0, DateTimeKind.Utc)).UtcDateTime;
        var request = new RefundRequest(
            "20260120001", refundDate, [new RefundDetail("2026011521001004123456789012", 20m, "缺货 部分退款")],
            "https://shop.example.com/payments/alipay/notify");

        var signed = new AlipayRequestBuilder(Merchant).BuildRefund(request);

        Assert.Equal("2026-01-20 09:15:00", signed.Parameters["refund_date"]);
        Assert.Equal("2088101122334455", signed.Parameters["seller_user_id"]);
        Assert.Equal("1", signed.Parameters["batch_num"]);
        Assert.Equal("2026011521001004123456789012^20.00^缺货 部分退款", signed.Parameters["detail_data"]);
        Assert.Equal("70064a17d9cece70323143d3bee453e5", signed.Parameters["sign"]);
    }

    [Theory]
    [InlineData("退款^原因", "退款 原因")]
    [InlineData("a|b$c#d", "a b c d")]
    [InlineData("  多余   空格  ", "多余 空格")]
    [InlineData("1+1=2 & 100%", "1 1 2 100")]
    public void A_reason_is_cleaned_of_the_separators(string reason, string cleaned)
    {
        Assert.Equal(cleaned, RefundDetail.CleanReason(reason, AlipayCharset.Utf8.Encoding));
    }

    [Fact]
    public void A_reason_is_cut_to_256_bytes_in_the_request_s_charset()
    {
        var reason = new string('退', 200);

        Assert.Equal(85, RefundDetail.CleanReason(reason, AlipayCharset.Utf8.Encoding).Length);
        Assert.Equal(128, RefundDetail.CleanReason(reason, AlipayCharset.Gbk.Encoding).Length);
    }

    [Theory]
    [InlineData("20261130001", true)]
    [InlineData("20261130ABCdef123", true)]
    [InlineData("202611300000000001000000000000001", false)]
    [InlineData("2026113001", false)]
    [InlineData("20261332001", false)]
    [InlineData("20261130-01", false)]
    [InlineData(null, false)]
    public void A_batch_number_is_a_date_and_a_serial_of_3_to_24_digits_or_letters(string? batchNo, bool wellFormed)
    {
        Assert.Equal(wellFormed, RefundBatchNumber.IsWellFormed(batchNo));
    }

    [Theory]
    [InlineData("batch_no", "2026113", "ILLEGAL_ARGUMENT")]
    [InlineData("batch_num", "1001", "ILLEGAL_ARGUMENT")]
    [InlineData("batch_num", "0", "ILLEGAL_ARGUMENT")]
    [InlineData("detail_data", "2025010122001234567890123456^20.001^退款", "ILLEGAL_MONEY_FORMAT")]
    [InlineData("detail_data", "2025010122001234567890123456^0.00^退款", "ILLEGAL_FEE_PARAM")]
    [InlineData("detail_data", "2025010122001234567890123456^20.00", "ILLEGAL_ARGUMENT")]
    [InlineData("detail_data", "2025010122001234567890123456^20.00^退|款", "ILLEGAL_ARGUMENT")]
    [InlineData("refund_date", "2025/01/20", "ILLEGAL_ARGUMENT")]
    [InlineData("seller_user_id", null, "ILLEGAL_ARGUMENT")]
    [InlineData("notify_url", "http://shop.example/notify?x=1", "ILLEGAL_ARGUMENT")]
    public void The_rules_refuse_a_malformed_refund(string parameter, string? value, string errorCode)
    {
        var parameters = ValidRequestParameters.For(AlipayServices.RefundFastpayByPlatformPwd);
        if (value is null)
        {
            parameters.Remove(parameter);
        }
        else
        {
            parameters[parameter] = value;
        }

        var violation = Assert.Single(AlipayRequestRules.CheckService(parameters));

        Assert.Equal((errorCode, parameter), (violation.ErrorCode, violation.Parameter));
    }

    [Fact]
    public void The_result_details_are_read_per_trade_fee_parts_ignored()
    {
        var details = RefundResultDetail.ParseAll("2026011521001004123456789012^20.00^SUCCESS$seller@x^2088^0.10^SUCCESS#2026011521001004000000000000^5.00^TRADE_NOT_EXIST#garbage");

        Assert.Equal(2, details.Count);
        Assert.Equal(("2026011521001004123456789012", 20m, true), (details[0].TradeNo, details[0].Amount, details[0].Succeeded));
        Assert.Equal(("TRADE_NOT_EXIST", false), (details[1].Result, details[1].Succeeded));
        Assert.Empty(RefundResultDetail.ParseAll(null));
    }
}
