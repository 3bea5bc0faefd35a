namespace Shop.Tests.Sandbox.Oracle;

/// <summary>
/// What gateway.do answers, case by case, written down from the protocol's description (the
/// transport, signing, payment services, XML services and error codes) and not from the request
/// rules: if the shop and its emulator shared a misreading of the protocol, these cases would
/// still disagree with both. Error codes are spelled out as the protocol spells them.
/// </summary>
public static class GatewayCases
{
    private const string ShopPartner = TestMerchants.ShopPartner;
    private const string ShopKey = TestMerchants.ShopKey;
    private const string TeaInChinese = "茶";

    public static readonly IReadOnlyList<GatewayCase> All =
    [
        // The envelope and the signature.
        DirectPay("A well-formed instant payment opens the cashier").Accepted(),
        DirectPay("An instant payment from a GET form").Accepted() with { AsGet = true },
        DirectPay("An unknown service name").Set("service", "create_direct_pay").Refused("ILLEGAL_SERVICE"),
        DirectPay("A partner typed as the account's email").Set("partner", "seller@shop.local").Refused("ILLEGAL_PARTNER"),
        DirectPay("A partner with a space copied in").Set("partner", ShopPartner + " ").Refused("ILLEGAL_PARTNER"),
        DirectPay("A partner of 15 digits").Set("partner", ShopPartner[..15]).Refused("ILLEGAL_PARTNER"),
        DirectPay("A partner of 16 digits not starting 2088").Set("partner", "1088101122136241").Refused("ILLEGAL_PARTNER"),
        DirectPay("A well-formed partner the gateway does not know").Set("partner", "2088999999999999").RefusedByGateway("ILLEGAL_PARTNER"),
        DirectPay("Signed with another key").RefusedByGateway("ILLEGAL_SIGN") with { Signature = new() { Key = TestMerchants.FinishingKey } },
        DirectPay("Signed with the key and a space copied after it").RefusedByGateway("ILLEGAL_SIGN") with { Signature = new() { Key = ShopKey + " " } },
        DirectPay("A Chinese subject signed over its GBK bytes in a utf-8 request").Set("subject", "龙井茶").RefusedByGateway("ILLEGAL_SIGN") with { Signature = new() { Charset = "gbk" } },
        DirectPay("sign_type signed along with the parameters").RefusedByGateway("ILLEGAL_SIGN") with { Signature = new() { IncludesSignType = true } },
        DirectPay("Values percent-encoded before signing").RefusedByGateway("ILLEGAL_SIGN") with { Signature = new() { OverEncodedValues = true } },
        DirectPay("A form field that is not a signed parameter").Set("submit", "Pay").RefusedByGateway("ILLEGAL_SIGN") with { Signature = new() { LeavesOut = "submit" } },
        DirectPay("The sign in upper-case hex").RefusedByGateway("ILLEGAL_SIGN") with { Signature = new() { UpperCase = true } },
        DirectPay("No sign").Refused("ILLEGAL_SIGN") with { Signature = new() { Omitted = true } },
        DirectPay("sign_type RSA").Refused("ILLEGAL_SIGN_TYPE") with { Signature = new() { SignType = "RSA" } },
        DirectPay("No sign_type").Refused("ILLEGAL_SIGN_TYPE") with { Signature = new() { SignType = null } },
        DirectPay("_input_charset utf8, a name the gateway does not take").Set("_input_charset", "utf8").Refused("ILLEGAL_CHARSET"),
        DirectPay("A Chinese subject in a gbk request").Set("_input_charset", "gbk").Set("subject", "龙井茶").Accepted(),
        DirectPay("A Chinese subject in a gb2312 request").Set("_input_charset", "gb2312").Set("subject", "龙井茶").Accepted(),
        DirectPay("No _input_charset: the gateway reads and checks GBK").Set("_input_charset", null).Set("subject", "龙井茶").Accepted(),
        DirectPay("No _input_charset, but signed over the UTF-8 bytes").Set("_input_charset", null).Set("subject", "龙井茶").RefusedByGateway("ILLEGAL_SIGN") with { Signature = new() { Charset = "utf-8" } },
        DirectPay("An empty parameter is sent and left out of the signature").Set("body", "").Accepted(),
        DirectPay("An empty parameter signed as name=").Set("body", "").RefusedByGateway("ILLEGAL_SIGN") with { Signature = new() { KeepsEmpty = true } },
        DirectPay("A + and a % in the body are decoded once").Set("body", "1+1 = 100%").Accepted(),
        DirectPay("A value of spaces is not empty: it is signed").Set("body", "   ").Accepted(),
        DirectPay("A value of spaces left out of the signature").Set("body", "   ").RefusedByGateway("ILLEGAL_SIGN") with { Signature = new() { LeavesOut = "body" } },
        Dual("A partner without a contract for the service").Set("partner", TestMerchants.DirectPayOnlyPartner)
            .RefusedByGateway("HASH_NO_PRIVILEGE") with { Key = TestMerchants.DirectPayOnlyKey },
        DirectPay("A partner with a contract for this one service").Set("partner", TestMerchants.DirectPayOnlyPartner).Accepted() with { Key = TestMerchants.DirectPayOnlyKey },

        // The common parameters of the payment services.
        DirectPay("notify_url with a query string").Set("notify_url", "http://shop.example/notify?order=1").Refused("ILLEGAL_ARGUMENT"),
        DirectPay("notify_url without http://").Set("notify_url", "shop.example/notify").Refused("ILLEGAL_ARGUMENT"),
        DirectPay("notify_url on ftp").Set("notify_url", "ftp://shop.example/notify").Refused("ILLEGAL_ARGUMENT"),
        DirectPay("notify_url of 190 characters").Set("notify_url", UrlOfLength(190)).Accepted(),
        DirectPay("notify_url of 191 characters").Set("notify_url", UrlOfLength(191)).Refused("ILLEGAL_ARGUMENT"),
        DirectPay("return_url with a query string").Set("return_url", "http://shop.example/return?order=1").Refused("ILLEGAL_ARGUMENT"),
        DirectPay("return_url of 200 characters").Set("return_url", UrlOfLength(200)).Accepted(),
        DirectPay("return_url of 201 characters").Set("return_url", UrlOfLength(201)).Refused("ILLEGAL_ARGUMENT"),
        DirectPay("https URLs").Set("notify_url", "https://shop.example/notify").Set("return_url", "https://shop.example/return").Accepted(),
        DirectPay("No out_trade_no").Set("out_trade_no", null).Refused("ILLEGAL_ARGUMENT"),
        DirectPay("out_trade_no of 64 characters").Set("out_trade_no", OutTradeNo(64)).Accepted(),
        DirectPay("out_trade_no of 65 characters").Set("out_trade_no", OutTradeNo(65)).Refused("ILLEGAL_ARGUMENT"),
        DirectPay("No subject").Set("subject", null).Refused("ILLEGAL_ARGUMENT"),
        DirectPay("A + in the subject").Set("subject", "Tea + cups").Refused("ILLEGAL_ARGUMENT"),
        DirectPay("A # in the subject").Set("subject", "Tea #1").Refused("ILLEGAL_ARGUMENT"),
        DirectPay("A % in the subject").Set("subject", "Tea 50% off").Refused("ILLEGAL_ARGUMENT"),
        DirectPay("An & in the subject").Set("subject", "Tea & cups").Refused("ILLEGAL_ARGUMENT"),
        DirectPay("A subject of 256 UTF-8 bytes").Set("subject", Repeat(TeaInChinese, 85) + "a").Accepted(),
        DirectPay("A subject of 258 UTF-8 bytes").Set("subject", Repeat(TeaInChinese, 86)).Refused("ILLEGAL_ARGUMENT"),
        DirectPay("The same 86 characters are 172 bytes in GBK").Set("_input_charset", "gbk").Set("subject", Repeat(TeaInChinese, 86)).Accepted(),
        DirectPay("A subject of 258 GBK bytes").Set("_input_charset", "gbk").Set("subject", Repeat(TeaInChinese, 129)).Refused("ILLEGAL_ARGUMENT"),
        DirectPay("A body of 1000 characters").Set("body", new string('b', 1000)).Accepted(),
        DirectPay("A body of 1001 characters").Set("body", new string('b', 1001)).Refused("ILLEGAL_ARGUMENT"),
        DirectPay("payment_type 2").Set("payment_type", "2").Refused("ILLEGAL_ARGUMENT"),
        DirectPay("No payment_type").Set("payment_type", null).Refused("ILLEGAL_ARGUMENT"),
        DirectPay("No seller field").Set("seller_email", null).Refused("ILLEGAL_ARGUMENT"),
        DirectPay("seller_id instead of seller_email").Set("seller_email", null).Set("seller_id", ShopPartner).Accepted(),
        DirectPay("seller_id of 15 digits").Set("seller_email", null).Set("seller_id", ShopPartner[..15]).Refused("ILLEGAL_ARGUMENT"),
        DirectPay("extra_common_param of 100 characters").Set("extra_common_param", new string('x', 100)).Accepted(),
        DirectPay("extra_common_param of 101 characters").Set("extra_common_param", new string('x', 101)).Refused("ILLEGAL_ARGUMENT"),
        DirectPay("show_url").Set("show_url", "http://shop.example/catalog/tea").Accepted(),

        // it_b_pay: whole minutes, hours or days from 1m to 15d, or 1c.
        DirectPay("it_b_pay 1m").Set("it_b_pay", "1m").Accepted(),
        DirectPay("it_b_pay 90m").Set("it_b_pay", "90m").Accepted(),
        DirectPay("it_b_pay 2h").Set("it_b_pay", "2h").Accepted(),
        DirectPay("it_b_pay 15d").Set("it_b_pay", "15d").Accepted(),
        DirectPay("it_b_pay 360h, which is 15d").Set("it_b_pay", "360h").Accepted(),
        DirectPay("it_b_pay 1c").Set("it_b_pay", "1c").Accepted(),
        DirectPay("it_b_pay 1.5h").Set("it_b_pay", "1.5h").Refused("ILLEGAL_OUTTIME_ARGUMENT"),
        DirectPay("it_b_pay 0m").Set("it_b_pay", "0m").Refused("ILLEGAL_OUTTIME_ARGUMENT"),
        DirectPay("it_b_pay 16d").Set("it_b_pay", "16d").Refused("ILLEGAL_OUTTIME_ARGUMENT"),
        DirectPay("it_b_pay 21601m, a minute over 15d").Set("it_b_pay", "21601m").Refused("ILLEGAL_OUTTIME_ARGUMENT"),
        DirectPay("it_b_pay without a unit").Set("it_b_pay", "30").Refused("ILLEGAL_OUTTIME_ARGUMENT"),
        DirectPay("it_b_pay 2w").Set("it_b_pay", "2w").Refused("ILLEGAL_OUTTIME_ARGUMENT"),
        DirectPay("it_b_pay 2c").Set("it_b_pay", "2c").Refused("ILLEGAL_OUTTIME_ARGUMENT"),

        // Amounts: yuan, 0.01 to 100000000.00, at most two decimals, no separators or exponent.
        DirectPay("total_fee 10, without decimals").Set("total_fee", "10").Accepted(),
        DirectPay("total_fee 10.5, one decimal").Set("total_fee", "10.5").Accepted(),
        DirectPay("total_fee 0.01").Set("total_fee", "0.01").Accepted(),
        DirectPay("total_fee 100000000.00").Set("total_fee", "100000000.00").Accepted(),
        DirectPay("total_fee 0.00").Set("total_fee", "0.00").Refused("ILLEGAL_FEE_PARAM"),
        DirectPay("total_fee 100000000.01").Set("total_fee", "100000000.01").Refused("ILLEGAL_FEE_PARAM"),
        DirectPay("total_fee with three decimals").Set("total_fee", "10.001").Refused("ILLEGAL_MONEY_FORMAT"),
        DirectPay("total_fee with a thousands separator").Set("total_fee", "1,000.00").Refused("ILLEGAL_MONEY_FORMAT"),
        DirectPay("total_fee with a decimal comma").Set("total_fee", "10,50").Refused("ILLEGAL_MONEY_FORMAT"),
        DirectPay("total_fee with an exponent").Set("total_fee", "1e3").Refused("ILLEGAL_MONEY_FORMAT"),
        DirectPay("Instant payment by price and quantity").Set("total_fee", null).Set("price", "5.00").Set("quantity", "2").Accepted(),
        DirectPay("Instant payment with total_fee and price and quantity").Set("price", "5.00").Set("quantity", "2").Refused("ILLEGAL_FEE_PARAM"),
        DirectPay("Instant payment with price but no quantity").Set("total_fee", null).Set("price", "5.00").Refused("ILLEGAL_FEE_PARAM"),
        DirectPay("Instant payment naming the bank to pay through").Set("paymethod", "bankPay").Set("defaultbank", "CMB").Accepted(),

        // Escrow and dual: price and quantity, logistics, receiver.
        Escrow("A well-formed escrow payment opens the cashier").Accepted(),
        Escrow("Escrow with total_fee besides price and quantity").Set("total_fee", "111.90").Refused("ILLEGAL_FEE_PARAM"),
        Escrow("Escrow with price 0.00").Set("price", "0.00").Refused("ILLEGAL_FEE_PARAM"),
        Escrow("Escrow with quantity 0").Set("quantity", "0").Refused("ILLEGAL_FEE_PARAM"),
        Escrow("Escrow with quantity 3").Set("quantity", "3").Accepted(),
        Escrow("Escrow whose goods and shipping come to more than 100000000.00").Set("price", "99999999.00").Set("logistics_fee", "2.00").Refused("ILLEGAL_FEE_PARAM"),
        Escrow("Escrow whose goods and shipping come to 100000000.00").Set("price", "99999988.00").Set("logistics_fee", "12.00").Accepted(),
        Escrow("Escrow whose goods come to more than 100000000.00").Set("price", "50000000.01").Set("quantity", "2").Refused("ILLEGAL_FEE_PARAM"),
        Escrow("Escrow without logistics_type").Set("logistics_type", null).Refused("ILLEGAL_ARGUMENT"),
        Escrow("Escrow without logistics_payment").Set("logistics_payment", null).Refused("ILLEGAL_ARGUMENT"),
        Escrow("Escrow with logistics_type DIRECT, which only shipping knows").Set("logistics_type", "DIRECT").Refused("ILLEGAL_ARGUMENT"),
        Escrow("Escrow with logistics_payment BUYER").Set("logistics_payment", "BUYER").Refused("ILLEGAL_ARGUMENT"),
        Escrow("Escrow with free shipping paid by the seller").Set("logistics_fee", "0.00").Set("logistics_payment", "SELLER_PAY").Accepted(),
        Escrow("Escrow with the fee paid to the carrier on delivery").Set("logistics_payment", "BUYER_PAY_AFTER_RECEIVE").Accepted(),
        Escrow("Escrow with a logistics_fee of three decimals").Set("logistics_fee", "12.345").Refused("ILLEGAL_MONEY_FORMAT"),
        Escrow("Escrow offering POST as a second way").Set("logistics_type_1", "POST").Set("logistics_fee_1", "8.00").Set("logistics_payment_1", "BUYER_PAY").Accepted(),
        Escrow("Escrow with half a second way").Set("logistics_type_1", "POST").Refused("ILLEGAL_ARGUMENT"),
        Escrow("Escrow offering EXPRESS twice").Set("logistics_type_1", "EXPRESS").Set("logistics_fee_1", "8.00").Set("logistics_payment_1", "BUYER_PAY").Refused("ILLEGAL_ARGUMENT"),
        Escrow("Escrow offering three ways").Set("logistics_type_1", "POST").Set("logistics_fee_1", "8.00").Set("logistics_payment_1", "BUYER_PAY")
            .Set("logistics_type_2", "EMS").Set("logistics_fee_2", "22.00").Set("logistics_payment_2", "BUYER_PAY").Accepted(),
        Escrow("Escrow whose third way repeats the second").Set("logistics_type_1", "POST").Set("logistics_fee_1", "8.00").Set("logistics_payment_1", "BUYER_PAY")
            .Set("logistics_type_2", "POST").Set("logistics_fee_2", "9.00").Set("logistics_payment_2", "BUYER_PAY").Refused("ILLEGAL_ARGUMENT"),
        Escrow("Escrow without a receiver").Set("receive_name", null).Set("receive_address", null).Accepted(),
        Escrow("Escrow with a zip code but no receiver name or address").Set("receive_name", null).Set("receive_address", null).Set("receive_zip", "310000").Refused("ILLEGAL_ARGUMENT"),
        Escrow("Escrow with a receiver name but no address").Set("receive_address", null).Refused("ILLEGAL_ARGUMENT"),
        Dual("A well-formed dual payment opens the cashier").Accepted(),
        Dual("Dual without logistics_fee").Set("logistics_fee", null).Refused("ILLEGAL_ARGUMENT"),
        Dual("Dual with price but no quantity").Set("quantity", null).Refused("ILLEGAL_FEE_PARAM"),

        // Virtual goods and donations.
        Digital("Virtual goods by price and quantity").Accepted(),
        Digital("Virtual goods by total_fee").Set("price", null).Set("quantity", null).Set("total_fee", "60.00").Accepted(),
        Digital("Virtual goods with total_fee and price and quantity").Set("total_fee", "60.00").Refused("ILLEGAL_FEE_PARAM"),
        Digital("Virtual goods with price but no quantity").Set("quantity", null).Refused("ILLEGAL_FEE_PARAM"),
        Donation("A donation of payment_type 4").Accepted(),
        Donation("A donation of payment_type 1, as old copies of the kits sent").Set("payment_type", "1").Accepted(),
        Donation("A donation of payment_type 2").Set("payment_type", "2").Refused("ILLEGAL_ARGUMENT"),
        Donation("A donation with price and quantity besides total_fee").Set("price", "50.00").Set("quantity", "1").Refused("ILLEGAL_FEE_PARAM"),
        Donation("A donation of 0.00").Set("total_fee", "0.00").Refused("ILLEGAL_FEE_PARAM"),

        // The same out_trade_no sent again while unpaid.
        Again(DirectPay("The same request again shows the same trade"), again => again).Accepted(),
        Again(DirectPay("Again with total_fee 10 for 10.00: amounts compare as numbers"), again => again.Set("total_fee", "10")).Accepted(),
        Again(DirectPay("Again with another total_fee"), again => again.Set("total_fee", "12.00")).RefusedByGateway("TRADE_TOTALFEE_NOT_MATCH"),
        Again(Escrow("Escrow again with another price"), again => again.Set("price", "89.90")).RefusedByGateway("TRADE_PRICE_NOT_MATCH"),
        Again(Escrow("Escrow again with another quantity"), again => again.Set("quantity", "2")).RefusedByGateway("TRADE_QUANTITY_NOT_MATCH"),
        Again(DirectPay("Again after the trade was closed"), again => again, Given.SameRequestClosed).RefusedByGateway("TRADE_NOT_ALLOWED_PAY"),

        // send_goods_confirm_by_platform: escrow trades paid and not yet shipped.
        SendGoods("Shipping a paid escrow trade").Accepted(),
        SendGoods("Shipping with create_transport_type").Set("transport_type", null).Set("create_transport_type", "POST").Accepted(),
        SendGoods("Shipping by hand, DIRECT").Set("transport_type", "DIRECT").Accepted(),
        SendGoods("Shipping asked by GET").Accepted() with { AsGet = true },
        SendGoods("Shipping named by out_trade_no instead of trade_no").Set("trade_no", null).Set("out_trade_no", "{out_trade_no}").Refused("ILLEGAL_ARGUMENT"),
        SendGoods("Shipping without logistics_name").Set("logistics_name", null).Refused("ILLEGAL_ARGUMENT"),
        SendGoods("Shipping without a transport type").Set("transport_type", null).Refused("ILLEGAL_ARGUMENT"),
        SendGoods("Shipping by TRUCK").Set("transport_type", "TRUCK").Refused("ILLEGAL_ARGUMENT"),
        SendGoods("Shipping a trade_no the gateway does not know").Set("trade_no", "2026010121001004000000000000").RefusedByGateway("TRADE_NOT_EXIST"),
        SendGoods("Shipping an unpaid trade", Given.UnpaidEscrowTrade).RefusedByGateway("TRADE_STATUS_NOT_AVAILD"),
        SendGoods("Shipping a trade already shipped", Given.ShippedEscrowTrade).RefusedByGateway("TRADE_STATUS_NOT_AVAILD"),
        SendGoods("Shipping a closed trade", Given.ClosedEscrowTrade).RefusedByGateway("TRADE_STATUS_NOT_AVAILD"),
        SendGoods("Shipping an instant payment, which is not in escrow", Given.PaidInstantTrade).RefusedByGateway("TRADE_STATUS_NOT_AVAILD"),
        SendGoods("Shipping signed with another key").RefusedByGateway("ILLEGAL_SIGN") with { Signature = new() { Key = TestMerchants.FinishingKey } },

        // single_trade_query: trade_no and/or out_trade_no, trade_no wins.
        Query("A query by out_trade_no").Accepted(),
        Query("A query by trade_no").Set("out_trade_no", null).Set("trade_no", "{trade_no}").Accepted(),
        Query("A query by GET").Accepted() with { AsGet = true },
        Query("A query in gbk").Set("_input_charset", "gbk").Accepted(),
        Query("trade_no wins over an out_trade_no the gateway does not know").Set("out_trade_no", "NO-SUCH-ORDER").Set("trade_no", "{trade_no}").Accepted(),
        Query("An unknown trade_no wins over a known out_trade_no").Set("trade_no", "2026010121001004000000000000").RefusedByGateway("TRADE_NOT_EXIST"),
        Query("A query naming no trade").Set("out_trade_no", null).Refused("ILLEGAL_ARGUMENT"),
        Query("A query for an out_trade_no the gateway does not know").Set("out_trade_no", "NO-SUCH-ORDER").RefusedByGateway("TRADE_NOT_EXIST"),
        Query("A query by a partner without the contract").Set("partner", TestMerchants.DirectPayOnlyPartner)
            .RefusedByGateway("HASH_NO_PRIVILEGE") with { Key = TestMerchants.DirectPayOnlyKey },
        Query("A query with a bad sign_type").Refused("ILLEGAL_SIGN_TYPE") with { Signature = new() { SignType = "RSA" } },

        // close_trade: trade_no or out_order_no.
        Close("Closing an unpaid trade by trade_no").Accepted(),
        Close("Closing an unpaid trade by out_order_no").Set("trade_no", null).Set("out_order_no", "{out_trade_no}").Accepted(),
        Close("Closing named by out_trade_no, which close_trade does not take").Set("trade_no", null).Set("out_trade_no", "{out_trade_no}").Refused("ILLEGAL_ARGUMENT"),
        Close("Closing naming no trade").Set("trade_no", null).Refused("ILLEGAL_ARGUMENT"),
        Close("Closing a paid trade", Given.PaidEscrowTrade).RefusedByGateway("TRADE_STATUS_NOT_AVAILD"),
        Close("Closing a paid instant trade", Given.PaidInstantTrade).RefusedByGateway("TRADE_STATUS_NOT_AVAILD"),
        Close("Closing a trade already closed", Given.ClosedEscrowTrade).RefusedByGateway("TRADE_STATUS_NOT_AVAILD"),
        Close("Closing a trade_no the gateway does not know").Set("trade_no", "2026010121001004000000000000").RefusedByGateway("TRADE_NOT_EXIST"),

        // Refunds of instant payments (refund_fastpay_by_platform_pwd): the seller's password page, or the refusal.
        Refund("A refund of part of a paid instant trade opens the seller's password page").Accepted(),
        Refund("A refund of all of a paid instant trade").Set("detail_data", "{trade_no}^10.00^退款").Accepted(),
        Refund("A refund by seller_email instead of seller_user_id").Set("seller_user_id", null).Set("seller_email", TestMerchants.ShopSellerEmail).Accepted(),
        Refund("A refund of a trade the gateway does not know", Given.Nothing).RefusedByGateway("TRADE_NOT_EXIST"),
        Refund("A refund of more than the trade was paid").Set("detail_data", "{trade_no}^10.01^退款").RefusedByGateway("TOTAL_REFUND_FEE_EXCEED"),
        Refund("A refund of a trade paid into escrow", Given.PaidEscrowTrade).RefusedByGateway("TRADE_STATUS_NOT_AVAILD"),
        Refund("A refund of an unpaid trade", Given.UnpaidEscrowTrade).RefusedByGateway("TRADE_STATUS_NOT_AVAILD"),
        Refund("A batch_no without the refund date").Set("batch_no", "001").Refused("ILLEGAL_ARGUMENT"),
        Refund("A batch_no whose serial has 25 characters").Set("batch_no", "20261130" + new string('1', 25)).Refused("ILLEGAL_ARGUMENT"),
        Refund("batch_num that does not count the records").Set("batch_num", "2").Refused("ILLEGAL_ARGUMENT"),
        Refund("A record without a reason").Set("detail_data", "{trade_no}^1.00").Refused("ILLEGAL_ARGUMENT"),
        Refund("A reason with a | in it").Set("detail_data", "{trade_no}^1.00^退|款").Refused("ILLEGAL_ARGUMENT"),
        Refund("A reason of 257 UTF-8 bytes").Set("detail_data", "{trade_no}^1.00^" + Repeat(TeaInChinese, 85) + "ab").Refused("ILLEGAL_ARGUMENT"),
        Refund("A refund amount of three decimals").Set("detail_data", "{trade_no}^1.001^退款").Refused("ILLEGAL_MONEY_FORMAT"),
        Refund("A refund amount of 0.00").Set("detail_data", "{trade_no}^0.00^退款").Refused("ILLEGAL_FEE_PARAM"),
        Refund("A refund without refund_date").Set("refund_date", null).Refused("ILLEGAL_ARGUMENT"),
        Refund("A refund without a seller").Set("seller_user_id", null).Refused("ILLEGAL_ARGUMENT"),
    ];

    private static GatewayCase Request(string name, string key, params (string Name, string Value)[] parameters) => new()
    {
        Name = name,
        Key = key,
        Parameters = parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)).ToList(),
        Expected = Answer.Accepted,
    };

    // The common parameters of a payment by the shop's partner; each case gets an out_trade_no of its own.
    private static GatewayCase Payment(string name, string service, string paymentType = "1") => Request(
        name,
        ShopKey,
        ("service", service),
        ("partner", ShopPartner),
        ("_input_charset", "utf-8"),
        ("out_trade_no", OutTradeNo(24)),
        ("subject", "Oracle tea"),
        ("payment_type", paymentType),
        ("seller_email", TestMerchants.ShopSellerEmail),
        ("return_url", "http://shop.example/payments/alipay/return"));

    private static GatewayCase DirectPay(string name) =>
        Payment(name, "create_direct_pay_by_user").Set("total_fee", "10.00");

    private static GatewayCase Escrow(string name, string service = "create_partner_trade_by_buyer") =>
        Payment(name, service)
            .Set("price", "99.90")
            .Set("quantity", "1")
            .Set("logistics_type", "EXPRESS")
            .Set("logistics_fee", "12.00")
            .Set("logistics_payment", "BUYER_PAY")
            .Set("receive_name", "Zhang San")
            .Set("receive_address", "1 West Lake Road, Hangzhou");

    private static GatewayCase Dual(string name) => Escrow(name, "trade_create_by_buyer");

    private static GatewayCase Digital(string name) =>
        Payment(name, "create_digital_goods_trade_p").Set("price", "30.00").Set("quantity", "2");

    private static GatewayCase Donation(string name) =>
        Payment(name, "create_donate_trade_p", paymentType: "4").Set("total_fee", "50.00");

    private static GatewayCase Server(string name, string service, Given given) =>
        Request(name, ShopKey, ("service", service), ("partner", ShopPartner), ("_input_charset", "utf-8")) with { Given = given };

    private static GatewayCase SendGoods(string name, Given given = Given.PaidEscrowTrade) =>
        Server(name, "send_goods_confirm_by_platform", given)
            .Set("trade_no", "{trade_no}")
            .Set("logistics_name", "SF Express")
            .Set("invoice_no", "SF1000001")
            .Set("transport_type", "EXPRESS");

    private static GatewayCase Query(string name) =>
        Server(name, "single_trade_query", Given.UnpaidEscrowTrade).Set("out_trade_no", "{out_trade_no}");

    private static GatewayCase Close(string name, Given given = Given.UnpaidEscrowTrade) =>
        Server(name, "close_trade", given).Set("trade_no", "{trade_no}");

    // One record of 1.00 on the instant trade of the case (total 10.00), under a batch_no of its own.
    private static GatewayCase Refund(string name, Given given = Given.PaidInstantTrade) =>
        Server(name, "refund_fastpay_by_platform_pwd", given)
            .Set("notify_url", "http://shop.example/payments/alipay/notify")
            .Set("seller_user_id", ShopPartner)
            .Set("refund_date", "2026-11-30 10:00:00")
            .Set("batch_no", "20261130" + Guid.NewGuid().ToString("N")[..20])
            .Set("batch_num", "1")
            .Set("detail_data", "{trade_no}^1.00^缺货 部分退款");

    // The same out_trade_no sent again, after the first request (as it was before the change) opened the cashier.
    private static GatewayCase Again(GatewayCase first, Func<GatewayCase, GatewayCase> change, Given given = Given.SameRequestOpened) =>
        change(first) with { Given = given, First = first.Parameters };

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    // An absolute URL of exactly the length given.
    private static string UrlOfLength(int length)
    {
        const string start = "http://shop.example/payments/alipay/";
        return start + new string('n', length - start.Length);
    }

    private static string OutTradeNo(int length) => ("O" + Guid.NewGuid().ToString("N") + new string('0', 64))[..length];
}
