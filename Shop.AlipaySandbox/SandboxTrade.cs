using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// A trade as Alipay keeps it: created when the cashier first opens for an out_trade_no, then moved
/// along the sequences of docs/alipay-protocol.md §4 by the buyer, the merchant's calls and the
/// console. Each change that may not happen in the current status is refused by its <c>Can...</c>
/// property.
/// </summary>
public class SandboxTrade
{
    private SandboxTrade()
    {
    }

    public int Id { get; private set; }

    public string TradeNo { get; private set; } = "";

    /// <summary>The <c>_input_charset</c> of the request that created the trade: every notification is sent in it.</summary>
    public string Charset { get; private set; } = "";

    public TradeRequest Request { get; private set; } = null!;

    public TradeStatus Status { get; private set; }

    public RefundStatus? RefundStatus { get; private set; }

    /// <summary>The total the seller set before payment ("change the price"); null when never changed.</summary>
    public decimal? AdjustedTotalFee { get; private set; }

    public decimal RefundedAmount { get; private set; }

    /// <summary>Paid into escrow: refunds are negotiated, never asked for with refund_fastpay_by_platform_pwd.</summary>
    public bool PaidIntoEscrow { get; private set; }

    public string? BuyerId { get; private set; }

    public string? BuyerEmail { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When the trade closes unpaid, from <c>it_b_pay</c>; null for no limit.</summary>
    public DateTime? ExpiresAt { get; private set; }

    public DateTime? PaidAt { get; private set; }

    public DateTime? SentGoodsAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public DateTime? RefundedAt { get; private set; }

    public string? LogisticsName { get; private set; }

    public string? InvoiceNo { get; private set; }

    public string? TransportType { get; private set; }

    /// <summary>Changes on every update, so two changes made at once cannot both be saved.</summary>
    public int Version { get; private set; }

    public List<SandboxNotification> Notifications { get; private set; } = [];

    public string Partner => Request.Partner;

    public string Service => Request.Service;

    public AlipayCharset InputCharset => AlipayCharset.FromName(Charset);

    /// <summary>What the buyer pays: the request's total, or the seller's changed total.</summary>
    public decimal TotalFee => AdjustedTotalFee ?? Request.BuyerTotal;

    public bool IsTotalFeeAdjusted => AdjustedTotalFee is not null;

    public bool IsPaid => PaidAt is not null;

    /// <summary>Escrow and dual trades ship goods: they carry logistics and receiver.</summary>
    public bool HasLogistics => Service is AlipayServices.CreatePartnerTradeByBuyer or AlipayServices.TradeCreateByBuyer;

    /// <summary>Escrow and dual trades tell the merchant about the unpaid stages too: created, price changed, closed.</summary>
    public bool NotifiesBeforePayment => HasLogistics;

    public IReadOnlyList<PaymentChoice> PaymentChoices => Service switch
    {
        AlipayServices.TradeCreateByBuyer => [PaymentChoice.Escrow, PaymentChoice.Instant],
        AlipayServices.CreatePartnerTradeByBuyer => [PaymentChoice.Escrow],
        _ => [PaymentChoice.Instant],
    };

    public bool CanPay => Status == TradeStatus.WaitBuyerPay;

    public bool CanClose => Status == TradeStatus.WaitBuyerPay;

    public bool CanAdjustTotalFee => Status == TradeStatus.WaitBuyerPay;

    public bool CanShipGoods => Status == TradeStatus.WaitSellerSendGoods;

    /// <summary>The buyer confirms receipt of shipped goods, or an instant payment's refund period ends.</summary>
    public bool CanFinish => Status is TradeStatus.WaitBuyerConfirmGoods or TradeStatus.TradeSuccess;

    public decimal RefundableAmount => IsPaid && Status != TradeStatus.TradeClosed ? TotalFee - RefundedAmount : 0m;

    public bool CanRefund => RefundableAmount > 0m;

    /// <summary>
    /// Why refund_fastpay_by_platform_pwd cannot give <paramref name="amount"/> back on this trade
    /// (docs/alipay-protocol.md §6a): escrow trades negotiate, and nothing above what is left; null when it can.
    /// </summary>
    public string? RefusalOfPlatformRefund(decimal amount) =>
        !IsPaid || PaidIntoEscrow || Status is not (TradeStatus.TradeSuccess or TradeStatus.TradeFinished)
            ? AlipayErrorCodes.TradeStatusNotAvailable
            : amount > RefundableAmount
                ? AlipayErrorCodes.TotalRefundFeeExceed
                : null;

    /// <summary>An escrow trade's refund, negotiated on Alipay: the states the console drives.</summary>
    public bool CanNegotiateRefund => PaidIntoEscrow && Status is TradeStatus.WaitSellerSendGoods or TradeStatus.WaitBuyerConfirmGoods;

    /// <summary>
    /// Moves an escrow trade's negotiated refund to <paramref name="state"/>; REFUND_SUCCESS gives
    /// everything back and closes the trade.
    /// </summary>
    public void Negotiate(RefundStatus state, DateTime now)
    {
        Require(CanNegotiateRefund && state != Domain.Payments.Alipay.RefundStatus.Unknown, "negotiate a refund on");
        RefundStatus = state;
        if (state == Domain.Payments.Alipay.RefundStatus.RefundSuccess)
        {
            RefundedAmount = TotalFee;
            RefundedAt = now;
            Status = TradeStatus.TradeClosed;
            ClosedAt = now;
        }

        Version++;
    }

    /// <summary>Unpaid past its <c>it_b_pay</c>: <see cref="TradeExpiry"/> closes it soon, and it can no longer be paid.</summary>
    public bool IsOverdue(DateTime now) => Status == TradeStatus.WaitBuyerPay && ExpiresAt <= now;

    public bool IsPayable(DateTime now) => CanPay && !IsOverdue(now);

    public static SandboxTrade Open(TradeRequest request, AlipayCharset charset, string tradeNo, DateTime now) => new()
    {
        TradeNo = tradeNo,
        Charset = charset.Name,
        Request = request,
        Status = TradeStatus.WaitBuyerPay,
        CreatedAt = now,
        // The request rules already refused an it_b_pay that is not one.
        ExpiresAt = AlipayUnpaidTimeout.TryParse(request.ItBPay, out var timeout) ? timeout.DeadlineFor(now) : null,
    };

    /// <summary>
    /// Why the same out_trade_no sent again cannot show this trade: another service, a status
    /// that cannot be paid, or other amounts (compared as numbers: 10 equals 10.00). Null when
    /// the cashier may show the trade again.
    /// </summary>
    public AlipayRuleViolation? RefusalOfRepeat(TradeRequest again, DateTime now)
    {
        if (again.Service != Service)
        {
            return new(AlipayErrorCodes.IllegalArgument, "out_trade_no", $"was already used for a {Service} trade");
        }

        if (RefusalOfPayment(now) is { } notPayable)
        {
            return notPayable;
        }

        if (again.Price != Request.Price)
        {
            return new(AlipayErrorCodes.TradePriceNotMatch, "price", $"differs from the first request of this out_trade_no ({Amount(Request.Price)})");
        }

        if (again.Quantity != Request.Quantity)
        {
            return new(AlipayErrorCodes.TradeQuantityNotMatch, "quantity", $"differs from the first request of this out_trade_no ({Request.Quantity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"})");
        }

        if (again.TotalFee != Request.TotalFee || again.BuyerTotal != Request.BuyerTotal)
        {
            return new(AlipayErrorCodes.TradeTotalFeeNotMatch, "total_fee", $"differs from the first request of this out_trade_no ({Amount(Request.BuyerTotal)})");
        }

        return null;
    }

    /// <summary>TRADE_NOT_ALLOWED_PAY when the trade is no longer waiting for payment or timed out; otherwise null.</summary>
    public AlipayRuleViolation? RefusalOfPayment(DateTime now) =>
        IsOverdue(now)
            ? new(AlipayErrorCodes.TradeNotAllowedPay, "it_b_pay", $"{Request.ItBPay}: trade {TradeNo} timed out unpaid")
            : CanPay
                ? null
                : new(AlipayErrorCodes.TradeNotAllowedPay, "out_trade_no", $"trade {TradeNo} is {AlipayStatusNames.NameOf(Status)}");

    public void Pay(PaymentChoice choice, TradeStatus directPayStatus, DateTime now)
    {
        Require(IsPayable(now) && PaymentChoices.Contains(choice), $"pay {choice}");
        Status = (Service, choice) switch
        {
            (_, PaymentChoice.Escrow) => TradeStatus.WaitSellerSendGoods,
            (AlipayServices.TradeCreateByBuyer, _) => TradeStatus.TradeFinished,
            (AlipayServices.CreateDirectPayByUser, _) => directPayStatus,
            (AlipayServices.CreateDonateTradeP, _) => TradeStatus.TradeFinished,
            _ => TradeStatus.TradeSuccess,
        };
        PaidAt = now;
        PaidIntoEscrow = choice == PaymentChoice.Escrow;
        BuyerId = SandboxBuyer.Id;
        BuyerEmail = SandboxBuyer.Email;
        Version++;
    }

    /// <summary>Closes an unpaid trade: the buyer left it, the seller closed it, or it timed out.</summary>
    public void Close(DateTime now)
    {
        Require(CanClose, "close");
        Status = TradeStatus.TradeClosed;
        ClosedAt = now;
        Version++;
    }

    public void AdjustTotalFee(decimal totalFee)
    {
        Require(CanAdjustTotalFee, "change the price of");
        AdjustedTotalFee = totalFee;
        Version++;
    }

    public void ShipGoods(string logisticsName, string? invoiceNo, string transportType, DateTime now)
    {
        Require(CanShipGoods, "ship");
        Status = TradeStatus.WaitBuyerConfirmGoods;
        SentGoodsAt = now;
        LogisticsName = logisticsName;
        InvoiceNo = invoiceNo;
        TransportType = transportType;
        Version++;
    }

    public void Finish(DateTime now)
    {
        Require(CanFinish, "finish");
        Status = TradeStatus.TradeFinished;
        ClosedAt ??= now;
        Version++;
    }

    /// <summary>A refund of part of what was paid keeps the trade's status; refunding the rest closes it.</summary>
    public void Refund(decimal amount, DateTime now)
    {
        Require(CanRefund && amount > 0m && amount <= RefundableAmount, "refund");
        RefundedAmount += amount;
        RefundStatus = Domain.Payments.Alipay.RefundStatus.RefundSuccess;
        RefundedAt = now;
        if (RefundedAmount == TotalFee)
        {
            Status = TradeStatus.TradeClosed;
            ClosedAt = now;
        }

        Version++;
    }

    private void Require(bool allowed, string action)
    {
        if (!allowed)
        {
            throw new InvalidOperationException($"Cannot {action} trade {TradeNo} in status {AlipayStatusNames.NameOf(Status)}.");
        }
    }

    private static string Amount(decimal? amount) => amount is { } value ? AlipayAmount.Format(value) : "none";
}
