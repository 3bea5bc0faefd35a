using System.Globalization;

namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// Turns typed requests into signed parameter sets for the merchant, checked with
/// <see cref="AlipayRequestRules"/> first: what the gateway would refuse throws
/// <see cref="AlipayArgumentException"/> naming the parameter and the rule.
/// </summary>
public sealed class AlipayRequestBuilder(AlipayMerchant merchant)
{
    private readonly AlipayMerchant _merchant = merchant ?? throw new ArgumentNullException(nameof(merchant));

    public AlipaySignedRequest BuildDirectPay(DirectPayRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = StartPayment(AlipayServices.CreateDirectPayByUser, "1", request);
        AddOptionalAmount(parameters, "total_fee", request.TotalFee);
        AddOptionalAmount(parameters, "price", request.Price);
        AddOptional(parameters, "quantity", request.Quantity?.ToString(CultureInfo.InvariantCulture));
        AddOptional(parameters, "paymethod", request.PayMethod);
        AddOptional(parameters, "defaultbank", request.DefaultBank);
        return CheckAndSign(parameters);
    }

    /// <summary><c>create_partner_trade_by_buyer</c>: the money waits in escrow until the buyer confirms receipt.</summary>
    public AlipaySignedRequest BuildEscrowTrade(LogisticsTradeRequest request) =>
        BuildLogisticsTrade(AlipayServices.CreatePartnerTradeByBuyer, request);

    /// <summary><c>trade_create_by_buyer</c>: the buyer chooses escrow or instant payment.</summary>
    public AlipaySignedRequest BuildDualTrade(LogisticsTradeRequest request) =>
        BuildLogisticsTrade(AlipayServices.TradeCreateByBuyer, request);

    public AlipaySignedRequest BuildDigitalGoodsTrade(DigitalGoodsTradeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = StartPayment(AlipayServices.CreateDigitalGoodsTradeP, "1", request);
        AddOptionalAmount(parameters, "total_fee", request.TotalFee);
        AddOptionalAmount(parameters, "price", request.Price);
        AddOptional(parameters, "quantity", request.Quantity?.ToString(CultureInfo.InvariantCulture));
        return CheckAndSign(parameters);
    }

    public AlipaySignedRequest BuildDonation(DonationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = StartPayment(AlipayServices.CreateDonateTradeP, "4", request);
        parameters.Add("total_fee", Amount("total_fee", request.TotalFee));
        return CheckAndSign(parameters);
    }

    public AlipaySignedRequest BuildSendGoods(SendGoodsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = Start(AlipayServices.SendGoodsConfirmByPlatform);
        AddOptional(parameters, "trade_no", request.TradeNo);
        AddOptional(parameters, "logistics_name", request.LogisticsName);
        AddOptional(parameters, "invoice_no", request.InvoiceNo);
        parameters.Add("transport_type", AlipayLogisticsNames.NameOf(request.TransportType));
        return CheckAndSign(parameters);
    }

    public AlipaySignedRequest BuildTradeQuery(TradeQueryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = Start(AlipayServices.SingleTradeQuery);
        AddOptional(parameters, "trade_no", request.TradeNo);
        AddOptional(parameters, "out_trade_no", request.OutTradeNo);
        return CheckAndSign(parameters);
    }

    public AlipaySignedRequest BuildCloseTrade(CloseTradeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = Start(AlipayServices.CloseTrade);
        AddOptional(parameters, "trade_no", request.TradeNo);
        AddOptional(parameters, "out_order_no", request.OutOrderNo);
        return CheckAndSign(parameters);
    }

    /// <summary><c>refund_fastpay_by_platform_pwd</c>: a page request the seller confirms on Alipay (docs/alipay-protocol.md §6a).</summary>
    public AlipaySignedRequest BuildRefund(RefundRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = Start(AlipayServices.RefundFastpayByPlatformPwd);
        AddOptional(parameters, "notify_url", request.NotifyUrl);
        if (_merchant.SellerEmail is { } sellerEmail)
        {
            parameters.Add("seller_email", sellerEmail);
        }
        else
        {
            parameters.Add("seller_user_id", _merchant.SellerAccountId);
        }
        parameters.Add("refund_date", ChinaTime.Format(request.RefundDate));
        parameters.Add("batch_no", request.BatchNo);
        parameters.Add("batch_num", request.Details.Count.ToString(CultureInfo.InvariantCulture));
        parameters.Add("detail_data", string.Join('#', request.Details.Select(d => d.Format(_merchant.InputCharset))));
        return CheckAndSign(parameters);
    }

    private AlipaySignedRequest BuildLogisticsTrade(string service, LogisticsTradeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = StartPayment(service, "1", request);
        parameters.Add("price", Amount("price", request.Price));
        parameters.Add("quantity", request.Quantity.ToString(CultureInfo.InvariantCulture));
        AddLogistics(parameters, "", request.Logistics);
        AddLogistics(parameters, "_1", request.SecondLogistics);
        AddLogistics(parameters, "_2", request.ThirdLogistics);
        if (request.Receiver is { } receiver)
        {
            AddOptionalText(parameters, "receive_name", receiver.Name);
            AddOptionalText(parameters, "receive_address", receiver.Address);
            AddOptionalText(parameters, "receive_zip", receiver.Zip);
            AddOptionalText(parameters, "receive_phone", receiver.Phone);
            AddOptionalText(parameters, "receive_mobile", receiver.Mobile);
        }

        return CheckAndSign(parameters);
    }

    private OrderedDictionary<string, string> Start(string service) => new(StringComparer.Ordinal)
    {
        ["service"] = service,
        ["partner"] = _merchant.Partner,
        ["_input_charset"] = _merchant.InputCharset.Name,
    };

    private OrderedDictionary<string, string> StartPayment(string service, string paymentType, AlipayPaymentRequest request)
    {
        var parameters = Start(service);
        AddOptional(parameters, "notify_url", request.NotifyUrl);
        AddOptional(parameters, "return_url", request.ReturnUrl);
        AddOptional(parameters, "out_trade_no", request.OutTradeNo);
        AddOptionalText(parameters, "subject", request.Subject);
        AddOptionalText(parameters, "body", request.Body);
        parameters.Add("payment_type", paymentType);
        if (_merchant.SellerEmail is { } sellerEmail)
        {
            parameters.Add("seller_email", sellerEmail);
        }
        else
        {
            parameters.Add("seller_id", _merchant.SellerAccountId);
        }

        AddOptional(parameters, "show_url", request.ShowUrl);
        AddOptional(parameters, "it_b_pay", request.UnpaidTimeout);
        AddOptional(parameters, "extra_common_param", request.ExtraCommonParam);
        return parameters;
    }

    private AlipaySignedRequest CheckAndSign(OrderedDictionary<string, string> parameters)
    {
        if (AlipayRequestRules.CheckService(parameters) is [var violation, ..])
        {
            throw new AlipayArgumentException(violation);
        }

        var sign = AlipaySignature.Sign(parameters, _merchant.Key, _merchant.InputCharset);
        parameters.Add("sign", sign);
        parameters.Add("sign_type", AlipaySignature.SignTypeMd5);
        return new AlipaySignedRequest(parameters, _merchant.InputCharset);
    }

    private static void AddLogistics(OrderedDictionary<string, string> parameters, string suffix, AlipayLogistics? logistics)
    {
        if (logistics is null)
        {
            return;
        }

        parameters.Add("logistics_type" + suffix, AlipayLogisticsNames.NameOf(logistics.Type));
        parameters.Add("logistics_fee" + suffix, Amount("logistics_fee" + suffix, logistics.Fee));
        parameters.Add("logistics_payment" + suffix, AlipayLogisticsNames.NameOf(logistics.Payment));
    }

    private static void AddOptional(OrderedDictionary<string, string> parameters, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parameters.Add(name, value);
        }
    }

    private static void AddOptionalText(OrderedDictionary<string, string> parameters, string name, string? value) =>
        AddOptional(parameters, name, value is null ? null : AlipayFreeText.Clean(value));

    private static void AddOptionalAmount(OrderedDictionary<string, string> parameters, string name, decimal? amount)
    {
        if (amount is { } value)
        {
            parameters.Add(name, Amount(name, value));
        }
    }

    // A typed amount with a third decimal cannot be formatted without rounding, which is the
    // caller's decision; the rest (sign, range) is left to the rules, like any text amount.
    private static string Amount(string name, decimal amount) =>
        decimal.Round(amount, 2) == amount
            ? AlipayAmount.Format(amount)
            : throw new AlipayArgumentException(new AlipayRuleViolation(
                AlipayErrorCodes.IllegalMoneyFormat, name, "must have at most two decimals"));
}
