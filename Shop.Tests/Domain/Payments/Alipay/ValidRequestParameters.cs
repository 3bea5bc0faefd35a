using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

/// <summary>Parameter sets the gateway accepts, one per service, for tests to break one rule at a time.</summary>
public static class ValidRequestParameters
{
    public static TheoryData<string> Services() => new(AlipayServices.Signed);

    public static TheoryData<string> PaymentServices() => new(
        AlipayServices.CreateDirectPayByUser,
        AlipayServices.CreatePartnerTradeByBuyer,
        AlipayServices.TradeCreateByBuyer,
        AlipayServices.CreateDigitalGoodsTradeP,
        AlipayServices.CreateDonateTradeP);

    public static TheoryData<string> LogisticsServices() => new(
        AlipayServices.CreatePartnerTradeByBuyer,
        AlipayServices.TradeCreateByBuyer);

    public static Dictionary<string, string> For(string service)
    {
        var parameters = new Dictionary<string, string>
        {
            ["service"] = service,
            ["partner"] = "2088101568338364",
            ["_input_charset"] = "utf-8",
            ["sign_type"] = "MD5",
            ["sign"] = "0123456789abcdef0123456789abcdef",
        };

        switch (service)
        {
            case AlipayServices.CreateDirectPayByUser:
            case AlipayServices.CreateDigitalGoodsTradeP:
                AddPayment(parameters, "1");
                parameters["total_fee"] = "99.90";
                break;
            case AlipayServices.CreatePartnerTradeByBuyer:
            case AlipayServices.TradeCreateByBuyer:
                AddPayment(parameters, "1");
                parameters["price"] = "99.90";
                parameters["quantity"] = "1";
                parameters["logistics_type"] = "EXPRESS";
                parameters["logistics_fee"] = "10.00";
                parameters["logistics_payment"] = "BUYER_PAY";
                break;
            case AlipayServices.CreateDonateTradeP:
                AddPayment(parameters, "4");
                parameters["total_fee"] = "50.00";
                break;
            case AlipayServices.SendGoodsConfirmByPlatform:
                parameters["trade_no"] = "2025010122001234567890123456";
                parameters["logistics_name"] = "SF Express";
                parameters["invoice_no"] = "SF1234567890";
                parameters["transport_type"] = "EXPRESS";
                break;
            case AlipayServices.SingleTradeQuery:
                parameters["out_trade_no"] = "SO20250101001";
                break;
            case AlipayServices.CloseTrade:
                parameters["trade_no"] = "2025010122001234567890123456";
                break;
            case AlipayServices.RefundFastpayByPlatformPwd:
                parameters["notify_url"] = "https://shop.example.com/payments/alipay/notify";
                parameters["seller_user_id"] = "2088101568338364";
                parameters["refund_date"] = "2025-01-20 09:15:00";
                parameters["batch_no"] = "20250120001";
                parameters["batch_num"] = "1";
                parameters["detail_data"] = "2025010122001234567890123456^20.00^缺货 部分退款";
                break;
        }

        return parameters;
    }

    private static void AddPayment(Dictionary<string, string> parameters, string paymentType)
    {
        parameters["notify_url"] = "https://shop.example.com/payments/alipay/notify";
        parameters["return_url"] = "https://shop.example.com/payments/alipay/return";
        parameters["out_trade_no"] = "SO20250101001";
        parameters["subject"] = "测试订单 SO20250101001";
        parameters["payment_type"] = paymentType;
        parameters["seller_email"] = "seller@example.com";
    }
}
