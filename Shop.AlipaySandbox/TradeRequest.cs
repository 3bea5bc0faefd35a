using System.Globalization;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// What a payment request asked for, kept with the trade exactly as the merchant sent it. Read
/// only from parameters that passed <see cref="AlipayRequestRules.CheckService"/>. Of several
/// logistics offers the buyer takes the first (the sandbox's choice).
/// </summary>
public sealed record TradeRequest
{
    public required string Service { get; init; }
    public required string Partner { get; init; }
    public required string OutTradeNo { get; init; }
    public required string Subject { get; init; }
    public string? Body { get; init; }
    public required string PaymentType { get; init; }
    public decimal? Price { get; init; }
    public int? Quantity { get; init; }

    /// <summary><c>total_fee</c> as sent; null when the request had price and quantity.</summary>
    public decimal? TotalFee { get; init; }

    public string? LogisticsType { get; init; }
    public decimal? LogisticsFee { get; init; }
    public string? LogisticsPayment { get; init; }
    public string? ReceiveName { get; init; }
    public string? ReceiveAddress { get; init; }
    public string? ReceiveZip { get; init; }
    public string? ReceivePhone { get; init; }
    public string? ReceiveMobile { get; init; }
    public string? SellerId { get; init; }
    public string? SellerEmail { get; init; }
    public string? NotifyUrl { get; init; }
    public string? ReturnUrl { get; init; }
    public string? ShowUrl { get; init; }
    public string? ItBPay { get; init; }
    public string? ExtraCommonParam { get; init; }

    /// <summary>The goods: <c>total_fee</c>, or price × quantity.</summary>
    public decimal GoodsTotal => TotalFee ?? (Price ?? 0m) * (Quantity ?? 0);

    /// <summary>Only BUYER_PAY puts the fee on the bill; BUYER_PAY_AFTER_RECEIVE is paid to the carrier.</summary>
    public bool BuyerPaysLogistics => LogisticsPayment == "BUYER_PAY";

    /// <summary>What the buyer pays: the goods plus the logistics fee when the buyer pays it.</summary>
    public decimal BuyerTotal => GoodsTotal + (BuyerPaysLogistics ? LogisticsFee ?? 0m : 0m);

    public static TradeRequest Read(IReadOnlyDictionary<string, string> parameters)
    {
        string? Text(string name) => parameters.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
        decimal? Amount(string name) => AlipayAmount.TryParseFormat(Text(name), out var amount) ? amount : null;

        return new TradeRequest
        {
            Service = Text("service") ?? "",
            Partner = Text("partner") ?? "",
            OutTradeNo = Text("out_trade_no") ?? "",
            Subject = Text("subject") ?? "",
            Body = Text("body"),
            PaymentType = Text("payment_type") ?? "",
            Price = Amount("price"),
            Quantity = int.TryParse(Text("quantity"), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) ? quantity : null,
            TotalFee = Amount("total_fee"),
            LogisticsType = Text("logistics_type"),
            LogisticsFee = Amount("logistics_fee"),
            LogisticsPayment = Text("logistics_payment"),
            ReceiveName = Text("receive_name"),
            ReceiveAddress = Text("receive_address"),
            ReceiveZip = Text("receive_zip"),
            ReceivePhone = Text("receive_phone"),
            ReceiveMobile = Text("receive_mobile"),
            SellerId = Text("seller_id"),
            SellerEmail = Text("seller_email"),
            NotifyUrl = Text("notify_url"),
            ReturnUrl = Text("return_url"),
            ShowUrl = Text("show_url"),
            ItBPay = Text("it_b_pay"),
            ExtraCommonParam = Text("extra_common_param"),
        };
    }
}
