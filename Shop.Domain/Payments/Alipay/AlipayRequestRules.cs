using System.Globalization;
using System.Text.RegularExpressions;

namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// What the gateway checks in a request, per service (docs/alipay-protocol.md §2, §3, §6). The
/// shop's request builders and the local gateway emulator both use these rules, so the shop refuses
/// what the gateway would refuse, with the same error code. Empty values count as absent, as they
/// do for the signature; for required values, so does a value of only spaces.
/// </summary>
public static partial class AlipayRequestRules
{
    private static readonly string[] LogisticsTypes = ["EXPRESS", "POST", "EMS"];
    private static readonly string[] TransportTypes = ["EXPRESS", "POST", "EMS", "DIRECT"];
    private static readonly string[] LogisticsPayments = ["BUYER_PAY", "SELLER_PAY", "BUYER_PAY_AFTER_RECEIVE"];
    private static readonly string[] ReceiverFields = ["receive_name", "receive_address", "receive_zip", "receive_phone", "receive_mobile"];

    /// <summary>
    /// The rules every signed request meets before its own parameters matter: a known
    /// <c>service</c>, a well-formed <c>partner</c>, an accepted <c>_input_charset</c> (absent
    /// means GBK), <c>sign_type=MD5</c> and a <c>sign</c>. Whether the sign is right needs the
    /// partner's key, which is the caller's to look up.
    /// </summary>
    public static IReadOnlyList<AlipayRuleViolation> CheckEnvelope(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var violations = new List<AlipayRuleViolation>();

        var service = Value(parameters, "service");
        if (service is null)
        {
            violations.Add(new(AlipayErrorCodes.IllegalService, "service", "is required"));
        }
        else if (!AlipayServices.Signed.Contains(service))
        {
            violations.Add(new(AlipayErrorCodes.IllegalService, "service", $"'{service}' is not a service of the gateway"));
        }

        if (AlipayMerchant.CheckPartner(Value(parameters, "partner")) is { } partnerViolation)
        {
            violations.Add(partnerViolation);
        }

        var charset = Value(parameters, "_input_charset");
        if (charset is not null && !AlipayCharset.TryFromName(charset, out _))
        {
            violations.Add(new(AlipayErrorCodes.IllegalCharset, "_input_charset", $"must be utf-8, gbk or gb2312, not '{charset}'"));
        }

        if (Value(parameters, "sign_type") != AlipaySignature.SignTypeMd5)
        {
            violations.Add(new(AlipayErrorCodes.IllegalSignType, "sign_type", "must be MD5"));
        }

        if (Value(parameters, "sign") is null)
        {
            violations.Add(new(AlipayErrorCodes.IllegalSign, "sign", "is required"));
        }

        return violations;
    }

    /// <summary>
    /// The rules of the request's own service: required parameters, amounts, lengths, URLs,
    /// logistics and receiver. An empty list means the gateway would accept the parameters.
    /// </summary>
    public static IReadOnlyList<AlipayRuleViolation> CheckService(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var check = new RequestCheck(parameters);
        var service = Value(parameters, "service");

        switch (service)
        {
            case AlipayServices.CreateDirectPayByUser:
            case AlipayServices.CreateDigitalGoodsTradeP:
                CheckPayment(check, acceptedPaymentTypes: ["1"]);
                CheckTotalFeeOrPriceAndQuantity(check);
                break;
            case AlipayServices.CreatePartnerTradeByBuyer:
            case AlipayServices.TradeCreateByBuyer:
                CheckPayment(check, acceptedPaymentTypes: ["1"]);
                var goodsTotal = CheckPriceAndQuantityOnly(check, service);
                CheckLogistics(check, service, goodsTotal);
                CheckReceiver(check);
                break;
            case AlipayServices.CreateDonateTradeP:
                // Donations are payment type 4; copies of old kits sent 1, which the gateway took.
                CheckPayment(check, acceptedPaymentTypes: ["4", "1"]);
                CheckTotalFeeOnly(check, service);
                break;
            case AlipayServices.SendGoodsConfirmByPlatform:
                CheckSendGoods(check);
                break;
            case AlipayServices.SingleTradeQuery:
                CheckOneOf(check, "trade_no", "out_trade_no");
                check.MaxLength("out_trade_no", 64);
                break;
            case AlipayServices.CloseTrade:
                CheckOneOf(check, "trade_no", "out_order_no");
                check.MaxLength("out_order_no", 64);
                break;
            case AlipayServices.RefundFastpayByPlatformPwd:
                CheckRefund(check);
                break;
            default:
                check.Add(AlipayErrorCodes.IllegalService, "service", $"'{service}' is not a service of the gateway");
                break;
        }

        return check.Violations;
    }

    private static void CheckPayment(RequestCheck check, string[] acceptedPaymentTypes)
    {
        if (check.Required("out_trade_no"))
        {
            check.MaxLength("out_trade_no", 64);
        }

        if (check.Required("subject"))
        {
            var subject = check.Value("subject")!;
            if (subject.IndexOfAny(['#', '%', '&', '+']) >= 0)
            {
                check.Add(AlipayErrorCodes.IllegalArgument, "subject", "must not contain # % & or +");
            }

            check.Encodable("subject");
            var bytes = check.Charset.Encoding.GetByteCount(subject);
            if (bytes > 256)
            {
                check.Add(AlipayErrorCodes.IllegalArgument, "subject", $"must be at most 256 bytes in {check.Charset.Name} (it is {bytes})");
            }
        }

        check.Encodable("body");
        check.MaxLength("body", 1000);

        var paymentType = check.Value("payment_type");
        if (paymentType is null)
        {
            check.Add(AlipayErrorCodes.IllegalArgument, "payment_type", "is required");
        }
        else if (!acceptedPaymentTypes.Contains(paymentType))
        {
            check.Add(AlipayErrorCodes.IllegalArgument, "payment_type", $"must be {string.Join(" or ", acceptedPaymentTypes)}");
        }

        var sellerId = check.Value("seller_id");
        if (check.IsBlank("seller_id") && check.IsBlank("seller_email"))
        {
            check.Add(AlipayErrorCodes.IllegalArgument, "seller_id", "or seller_email is required");
        }
        else if (AlipayMerchant.CheckSellerId(sellerId) is { } sellerViolation)
        {
            check.Violations.Add(sellerViolation);
        }

        check.Url("notify_url", maxLength: 190, queryAllowed: false);
        check.Url("return_url", maxLength: 200, queryAllowed: false);
        check.Url("show_url", maxLength: null, queryAllowed: true);
        CheckUnpaidTimeout(check);
        check.MaxLength("extra_common_param", 100);
    }

    private static void CheckUnpaidTimeout(RequestCheck check)
    {
        var text = check.Value("it_b_pay");
        if (text is null)
        {
            return;
        }

        if (!AlipayUnpaidTimeout.TryParse(text, out var timeout))
        {
            check.Add(
                AlipayErrorCodes.IllegalOutTimeArgument,
                "it_b_pay",
                "must be whole minutes, hours or days from 1m to 15d (90m, not 1.5h), or 1c");
        }
        else if (!timeout.IsWithinLimit)
        {
            check.Add(AlipayErrorCodes.IllegalOutTimeArgument, "it_b_pay", "must be at most 15d");
        }
    }

    private static void CheckTotalFeeOrPriceAndQuantity(RequestCheck check)
    {
        var hasTotalFee = check.Value("total_fee") is not null;
        var hasPriceOrQuantity = check.Value("price") is not null || check.Value("quantity") is not null;

        if (hasTotalFee && hasPriceOrQuantity)
        {
            check.Add(AlipayErrorCodes.IllegalFeeParam, "total_fee", "must not be sent together with price and quantity");
        }
        else if (hasTotalFee)
        {
            check.Amount("total_fee");
        }
        else if (hasPriceOrQuantity)
        {
            CheckPriceAndQuantity(check);
        }
        else
        {
            check.Add(AlipayErrorCodes.IllegalFeeParam, "total_fee", "or price with quantity is required");
        }
    }

    private static decimal? CheckPriceAndQuantityOnly(RequestCheck check, string service)
    {
        if (check.Value("total_fee") is not null)
        {
            check.Add(AlipayErrorCodes.IllegalFeeParam, "total_fee", $"is not accepted by {service}; send price and quantity");
        }

        return CheckPriceAndQuantity(check);
    }

    private static void CheckTotalFeeOnly(RequestCheck check, string service)
    {
        foreach (var name in new[] { "price", "quantity" })
        {
            if (check.Value(name) is not null)
            {
                check.Add(AlipayErrorCodes.IllegalFeeParam, name, $"is not accepted by {service}; send total_fee");
            }
        }

        if (check.Value("total_fee") is null)
        {
            check.Add(AlipayErrorCodes.IllegalFeeParam, "total_fee", "is required");
        }
        else
        {
            check.Amount("total_fee");
        }
    }

    /// <summary>The goods total, price times quantity, when both are valid and it is within range.</summary>
    private static decimal? CheckPriceAndQuantity(RequestCheck check)
    {
        decimal? price = null;
        int? quantity = null;

        if (check.Value("price") is null)
        {
            check.Add(AlipayErrorCodes.IllegalFeeParam, "price", "is required with quantity");
        }
        else
        {
            price = check.Amount("price");
        }

        var quantityText = check.Value("quantity");
        if (quantityText is null)
        {
            check.Add(AlipayErrorCodes.IllegalFeeParam, "quantity", "is required with price");
        }
        else if (QuantityFormat().IsMatch(quantityText))
        {
            quantity = int.Parse(quantityText, CultureInfo.InvariantCulture);
        }
        else
        {
            check.Add(AlipayErrorCodes.IllegalFeeParam, "quantity", "must be a whole number from 1 to 999999999");
        }

        var goodsTotal = price * quantity;
        if (goodsTotal > AlipayAmount.Maximum)
        {
            check.Add(AlipayErrorCodes.IllegalFeeParam, "price", "times quantity must not exceed 100000000.00");
            return null;
        }

        return goodsTotal;
    }

    // The buyer pays the goods and the shipping together: each way offered must stay within an amount's range.
    private static void CheckLogistics(RequestCheck check, string service, decimal? goodsTotal)
    {
        var typesSeen = new List<string>();
        var previousTripletGiven = true;

        foreach (var suffix in new[] { "", "_1", "_2" })
        {
            string[] triplet = ["logistics_type" + suffix, "logistics_fee" + suffix, "logistics_payment" + suffix];
            var present = triplet.Count(name => check.Value(name) is not null);

            if (suffix == "")
            {
                foreach (var name in triplet.Where(name => check.Value(name) is null))
                {
                    check.Add(AlipayErrorCodes.IllegalArgument, name, $"is required by {service}");
                }
            }
            else if (present == 0)
            {
                previousTripletGiven = false;
                continue;
            }
            else if (present < 3)
            {
                foreach (var name in triplet.Where(name => check.Value(name) is null))
                {
                    check.Add(AlipayErrorCodes.IllegalArgument, name, $"is required: the logistics_*{suffix} triplet is all or nothing");
                }
            }

            if (!previousTripletGiven)
            {
                check.Add(AlipayErrorCodes.IllegalArgument, triplet[0], "needs the logistics_type_1 triplet first");
            }

            if (check.OneOf(triplet[0], LogisticsTypes))
            {
                var type = check.Value(triplet[0])!;
                if (typesSeen.Contains(type))
                {
                    check.Add(AlipayErrorCodes.IllegalArgument, triplet[0], $"must differ from the other logistics types ({type} is already offered)");
                }

                typesSeen.Add(type);
            }

            if (check.LogisticsFee(triplet[1]) is { } fee && goodsTotal + fee > AlipayAmount.Maximum)
            {
                check.Add(AlipayErrorCodes.IllegalFeeParam, triplet[1], "plus price times quantity must not exceed 100000000.00");
            }

            check.OneOf(triplet[2], LogisticsPayments);
        }
    }

    private static void CheckReceiver(RequestCheck check)
    {
        if (!ReceiverFields.Any(name => check.Value(name) is not null))
        {
            return;
        }

        foreach (var name in new[] { "receive_name", "receive_address" })
        {
            if (check.IsBlank(name))
            {
                check.Add(AlipayErrorCodes.IllegalArgument, name, "is required when any receive_* parameter is given");
            }
        }
    }

    private static void CheckSendGoods(RequestCheck check)
    {
        if (check.IsBlank("trade_no"))
        {
            check.Add(AlipayErrorCodes.IllegalArgument, "trade_no", "is required: Alipay's trade number, not out_trade_no");
        }

        check.Required("logistics_name");

        if (check.Value("transport_type") is null && check.Value("create_transport_type") is null)
        {
            check.Add(AlipayErrorCodes.IllegalArgument, "transport_type", "or create_transport_type is required");
        }

        check.OneOf("transport_type", TransportTypes);
        check.OneOf("create_transport_type", TransportTypes);
    }

    /// <summary>docs/alipay-protocol.md §6a: the batch, its date and its records.</summary>
    private static void CheckRefund(RequestCheck check)
    {
        check.Url("notify_url", 190, queryAllowed: false);
        CheckOneOf(check, "seller_user_id", "seller_email");
        if (check.Required("refund_date") && !ChinaTime.TryParse(check.Value("refund_date"), out _))
        {
            check.Add(AlipayErrorCodes.IllegalArgument, "refund_date", $"must be a time written {ChinaTime.Pattern}");
        }
        if (check.Required("batch_no") && !RefundBatchNumber.IsWellFormed(check.Value("batch_no")))
        {
            check.Add(AlipayErrorCodes.IllegalArgument, "batch_no", "must be a date written yyyyMMdd followed by 3 to 24 digits or letters");
        }
        var count = 0;
        if (check.Required("batch_num"))
        {
            if (!int.TryParse(check.Value("batch_num"), NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > 1000)
            {
                check.Add(AlipayErrorCodes.IllegalArgument, "batch_num", "must be a number of records from 1 to 1000");
                count = 0;
            }
        }
        if (!check.Required("detail_data"))
        {
            return;
        }
        var records = check.Value("detail_data")!.Split('#');
        if (count > 0 && records.Length != count)
        {
            check.Add(AlipayErrorCodes.IllegalArgument, "detail_data", $"holds {records.Length} records, not the {count} of batch_num");
        }
        var tradeNumbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var parts = record.Split('^');
            if (parts.Length != 3 || parts[0].Length == 0)
            {
                check.Add(AlipayErrorCodes.IllegalArgument, "detail_data", "each record must be trade_no^amount^reason");
                return;
            }
            if (!tradeNumbers.Add(parts[0]))
            {
                check.Add(AlipayErrorCodes.IllegalArgument, "detail_data", $"names trade {parts[0]} twice");
            }
            switch (AlipayAmount.Validate(parts[1], out _))
            {
                case AlipayAmountProblem.None:
                    break;
                case AlipayAmountProblem.OutOfRange:
                    check.Add(AlipayErrorCodes.IllegalFeeParam, "detail_data", "each amount must be between 0.01 and 100000000.00");
                    break;
                default:
                    check.Add(AlipayErrorCodes.IllegalMoneyFormat, "detail_data", "each amount must be yuan with at most two decimals, like 10.50");
                    break;
            }
            if (parts[2].IndexOfAny(['|', '$']) >= 0 || check.Charset.Encoding.GetByteCount(parts[2]) > RefundDetail.ReasonMaxBytes)
            {
                check.Add(AlipayErrorCodes.IllegalArgument, "detail_data", $"each reason must be at most {RefundDetail.ReasonMaxBytes} bytes without ^ | $ #");
            }
        }
    }

    private static void CheckOneOf(RequestCheck check, string first, string second)
    {
        if (check.IsBlank(first) && check.IsBlank(second))
        {
            check.Add(AlipayErrorCodes.IllegalArgument, first, $"or {second} is required");
        }
    }

    private static string? Value(IReadOnlyDictionary<string, string> parameters, string name) =>
        parameters.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    [GeneratedRegex(@"^[1-9][0-9]{0,8}\z", RegexOptions.CultureInvariant)]
    private static partial Regex QuantityFormat();

    /// <summary>The parameters under check and the violations found so far.</summary>
    private sealed class RequestCheck(IReadOnlyDictionary<string, string> parameters)
    {
        public List<AlipayRuleViolation> Violations { get; } = [];

        // An unknown charset is reported by the envelope; the sizes are then measured in GBK.
        public AlipayCharset Charset { get; } =
            AlipayCharset.TryFromName(AlipayRequestRules.Value(parameters, "_input_charset"), out var charset)
                ? charset
                : AlipayCharset.GatewayDefault;

        public string? Value(string name) => AlipayRequestRules.Value(parameters, name);

        public void Add(string errorCode, string parameter, string rule) => Violations.Add(new(errorCode, parameter, rule));

        public bool IsBlank(string name) => string.IsNullOrWhiteSpace(Value(name));

        public bool Required(string name)
        {
            if (IsBlank(name))
            {
                Add(AlipayErrorCodes.IllegalArgument, name, "is required");
                return false;
            }

            return true;
        }

        public void MaxLength(string name, int maxLength)
        {
            if (Value(name) is { } value && value.Length > maxLength)
            {
                Add(AlipayErrorCodes.IllegalArgument, name, $"must be at most {maxLength} characters (it is {value.Length})");
            }
        }

        public void Encodable(string name)
        {
            var encoding = Charset.Encoding;
            if (Value(name) is { } value && encoding.GetString(encoding.GetBytes(value)) != value)
            {
                Add(AlipayErrorCodes.IllegalArgument, name, $"has characters that {Charset.Name} cannot encode");
            }
        }

        public bool OneOf(string name, string[] allowed)
        {
            if (Value(name) is not { } value)
            {
                return false;
            }

            if (!allowed.Contains(value))
            {
                Add(AlipayErrorCodes.IllegalArgument, name, $"must be one of {string.Join(", ", allowed)}");
                return false;
            }

            return true;
        }

        public void Url(string name, int? maxLength, bool queryAllowed)
        {
            if (Value(name) is not { } value)
            {
                return;
            }

            if (value.Length > maxLength)
            {
                Add(AlipayErrorCodes.IllegalArgument, name, $"must be at most {maxLength} characters (it is {value.Length})");
            }
            else if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                Add(AlipayErrorCodes.IllegalArgument, name, "must be an absolute http:// or https:// URL");
            }
            else if (!queryAllowed && value.Contains('?'))
            {
                Add(AlipayErrorCodes.IllegalArgument, name, "must not have a query string; Alipay adds its own parameters");
            }
        }

        public decimal? Amount(string name)
        {
            switch (AlipayAmount.Validate(Value(name), out var amount))
            {
                case AlipayAmountProblem.None:
                    return amount;
                case AlipayAmountProblem.OutOfRange:
                    Add(AlipayErrorCodes.IllegalFeeParam, name, "must be between 0.01 and 100000000.00");
                    return null;
                default:
                    Add(AlipayErrorCodes.IllegalMoneyFormat, name, "must be yuan written as digits with at most two decimals, like 10.50");
                    return null;
            }
        }

        /// <summary>The fee when it is given and valid; zero is (free shipping).</summary>
        public decimal? LogisticsFee(string name)
        {
            if (Value(name) is not { } text)
            {
                return null;
            }

            if (!AlipayAmount.TryParseFormat(text, out var fee))
            {
                Add(AlipayErrorCodes.IllegalMoneyFormat, name, "must be yuan written as digits with at most two decimals, like 10.00");
                return null;
            }

            if (fee > AlipayAmount.Maximum)
            {
                Add(AlipayErrorCodes.IllegalFeeParam, name, "must be between 0.00 and 100000000.00");
                return null;
            }

            return fee;
        }
    }
}
