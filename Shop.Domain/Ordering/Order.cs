using Shop.Domain.Catalog;
using Shop.Domain.Payments.Alipay;
using Shop.Domain.Shipping;

namespace Shop.Domain.Ordering;

/// <summary>
/// An order, a donation included. Its two facts, <see cref="Status"/> and <see cref="PaymentState"/>,
/// only ever move forward: an event that would move either back is ignored, so notifications
/// that arrive twice, late or out of order change nothing they should not.
/// </summary>
public class Order
{
    public const int NoteMaxLength = 1000;

    private readonly List<OrderLine> _lines = [];
    private readonly List<OrderHistoryEntry> _history = [];
    private readonly List<Shipment> _shipments = [];
    private readonly List<Refund> _refunds = [];

    private Order()
    {
        Number = "";
        PaymentService = "";
    }

    private Order(string number, OrderKind kind, string paymentService, DateTime now, DateTime payBefore)
    {
        if (!OrderNumber.IsWellFormed(number))
        {
            throw new ArgumentException("An order number is 20 digits.", nameof(number));
        }
        Number = number;
        Kind = kind;
        PaymentService = paymentService;
        CreatedAt = now;
        PayBefore = payBefore;
        Status = OrderStatus.PendingPayment;
        PaymentState = PaymentState.Unpaid;
    }

    public int Id { get; private set; }

    /// <summary>The order number, sent to Alipay as <c>out_trade_no</c>.</summary>
    public string Number { get; private set; }

    public OrderKind Kind { get; private set; }
    public OrderStatus Status { get; private set; }
    public PaymentState PaymentState { get; private set; }

    /// <summary>The buyer's account; null for a donation given without one.</summary>
    public string? UserId { get; private set; }

    public string? BuyerEmail { get; private set; }

    /// <summary>The language the buyer used when placing the order (zh-CN, en): the shop writes to them in it.</summary>
    public string? Culture { get; private set; }

    /// <summary>The address the order was placed from: unpaid orders are capped per address as well as per account.</summary>
    public string? ClientAddress { get; private set; }

    /// <summary>The Alipay service the order is paid with (create_donate_trade_p, ...).</summary>
    public string PaymentService { get; private set; }

    public decimal GoodsTotal { get; private set; }
    public LogisticsQuote? Logistics { get; private set; }
    public ShippingAddress? ShippingAddress { get; private set; }
    public DonationDetails? Donation { get; private set; }

    /// <summary>What the buyer pays: goods plus the logistics fee they pay.</summary>
    public decimal Total => GoodsTotal + (Logistics?.FeeToBuyer ?? 0m);

    public DateTime CreatedAt { get; private set; }

    /// <summary>After this an unpaid order closes (Alipay's it_b_pay).</summary>
    public DateTime PayBefore { get; private set; }

    public string? AlipayTradeNo { get; private set; }
    public string? AlipayBuyerAccount { get; private set; }
    public DateTime? PaidAt { get; private set; }

    /// <summary>What Alipay says the buyer paid; differs from <see cref="Total"/> only when the seller adjusted the price on Alipay.</summary>
    public decimal? AmountPaid { get; private set; }
    public DateTime? ShippedAt { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public DateTime? RefundedAt { get; private set; }

    /// <summary>
    /// What has been given back to the buyer so far: the sum of the refunds Alipay confirmed, or
    /// everything paid once the order is Refunded, whichever notification told it first.
    /// </summary>
    public decimal AmountRefunded { get; private set; }

    /// <summary>The payment went into Alipay's escrow: refunds are then negotiated on Alipay, not asked for by the shop.</summary>
    public bool PaidThroughEscrow { get; private set; }

    /// <summary>The latest refund state Alipay reported for an escrow trade (docs/alipay-protocol.md §6a).</summary>
    public AlipayRefundState AlipayRefundState { get; private set; }

    /// <summary>Alipay took a payment for an order that had already closed: someone must refund it.</summary>
    public bool PaidAfterClosing { get; private set; }

    /// <summary>
    /// Virtual goods paid for with less than their total (the seller changed the price on Alipay,
    /// docs/alipay-protocol.md §4): nothing is delivered until an admin releases the order
    /// (<see cref="Release"/>) or it is refunded. Such an order waits as if for shipment.
    /// </summary>
    public bool HeldForReview { get; private set; }

    /// <summary>Bumped on every change so that two writers cannot both move the order.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;
    public IReadOnlyList<OrderHistoryEntry> History => _history;
    public IReadOnlyList<Shipment> Shipments => _shipments;
    public IReadOnlyList<Refund> Refunds => _refunds;

    /// <summary>
    /// Paid by instant payment, so the shop itself can ask Alipay for a refund: the instant
    /// services, and the instant branch of a dual trade. Escrow trades are refunded by negotiation
    /// on Alipay's side (docs/alipay-protocol.md §6a).
    /// </summary>
    public bool PaidInstantly => !PaidThroughEscrow && PaidAt is not null && PaymentService is
        AlipayServices.CreateDirectPayByUser or AlipayServices.CreateDigitalGoodsTradeP
        or AlipayServices.CreateDonateTradeP or AlipayServices.TradeCreateByBuyer;

    /// <summary>What may still be refunded: what was paid less what Alipay has given back.</summary>
    public decimal RefundableAmount => PaymentState == PaymentState.Paid ? (AmountPaid ?? Total) - AmountRefunded : 0m;

    public bool CanRefund => PaidInstantly && AlipayTradeNo is not null && RefundableAmount > 0m;

    /// <summary>A refund was asked for and Alipay has not answered yet.</summary>
    public bool HasRefundInProgress => _refunds.Any(r => r.State == RefundState.Requested);

    public bool IsOpenForPayment(DateTime now) =>
        Status == OrderStatus.PendingPayment && PaymentState == PaymentState.Unpaid && now < PayBefore;

    /// <summary>Paid into escrow: shipping must be confirmed to Alipay (send_goods_confirm_by_platform).</summary>
    public bool ShipsThroughAlipay => PaymentState == PaymentState.HeldInEscrow;

    public bool CanShip => Kind == OrderKind.Physical && Status == OrderStatus.AwaitingShipment
        && PaymentState is PaymentState.HeldInEscrow or PaymentState.Paid;

    /// <summary>Instant payment, shipped: the buyer confirms receipt on the order page (escrow buyers confirm on Alipay).</summary>
    public bool CanConfirmReceipt => Status == OrderStatus.Shipped && PaymentState == PaymentState.Paid;

    public static Order PlaceForGoods(
        string number, string userId, string? buyerEmail, IEnumerable<OrderLine> lines,
        ShippingAddress? address, LogisticsQuote? logistics, string paymentService, DateTime now, DateTime payBefore,
        string? culture = null, string? clientAddress = null)
    {
        var lineList = lines.ToList();
        if (lineList.Count == 0)
        {
            throw new ArgumentException("An order has at least one line.", nameof(lines));
        }
        var physical = lineList.Any(l => l.Kind == ProductKind.Physical);
        if (physical && (address is null || logistics is null))
        {
            throw new ArgumentException("Physical goods need an address and a logistics choice.", nameof(address));
        }
        var order = new Order(number, physical ? OrderKind.Physical : OrderKind.Virtual, paymentService, now, payBefore)
        {
            UserId = userId,
            BuyerEmail = buyerEmail,
            Culture = culture,
            ClientAddress = clientAddress,
            ShippingAddress = physical ? address : null,
            Logistics = physical ? logistics : null,
            GoodsTotal = lineList.Sum(l => l.LineTotal),
        };
        order._lines.AddRange(lineList);
        order.Record(now, OrderHistoryEvent.Placed, OrderChangeSource.Buyer, null, null);
        return order;
    }

    public static Order PlaceDonation(
        string number, decimal amount, DonationDetails donation, string? userId, string? email,
        string paymentService, DateTime now, DateTime payBefore, string? culture = null, string? clientAddress = null)
    {
        var order = new Order(number, OrderKind.Donation, paymentService, now, payBefore)
        {
            UserId = userId,
            BuyerEmail = email,
            Culture = culture,
            ClientAddress = clientAddress,
            GoodsTotal = Price.Require(amount, nameof(amount)),
            Donation = donation,
        };
        order.Record(now, OrderHistoryEvent.Placed, OrderChangeSource.Buyer, null, null);
        return order;
    }

    /// <summary>
    /// Applies what Alipay reports. Each fact moves forward or stays; a report that would move one
    /// back is left without effect, so copies and late arrivals are harmless.
    /// </summary>
    public OrderChange ApplyPayment(PaymentEvent paymentEvent, PaymentReport report, DateTime now, long? notificationId)
    {
        var fromStatus = Status;
        var fromPayment = PaymentState;
        var paidShort = PaymentState == PaymentState.Unpaid && Kind == OrderKind.Virtual
            && paymentEvent is PaymentEvent.PaidIntoEscrow or PaymentEvent.GoodsSent or PaymentEvent.Paid
            && report.AmountPaid < Total;
        var (status, payment) = Target(paymentEvent, held: HeldForReview || paidShort);

        if (paymentEvent == PaymentEvent.PartiallyRefunded)
        {
            if (RefundedAt is not null && report.RefundedAt is { } at && at <= RefundedAt)
            {
                return new OrderChange(fromStatus, fromStatus, fromPayment, fromPayment, Recorded: false);
            }
            RefundedAt = report.RefundedAt ?? now;
            Record(now, OrderHistoryEvent.PartiallyRefunded, OrderChangeSource.Alipay, report.Description, notificationId);
            Version++;
            return new OrderChange(fromStatus, fromStatus, fromPayment, fromPayment, Recorded: true);
        }

        var newPayment = payment > PaymentState ? payment : PaymentState;
        var newStatus = IsForward(Status, status) ? status : Status;
        if (newStatus == Status && newPayment == PaymentState)
        {
            return new OrderChange(fromStatus, fromStatus, fromPayment, fromPayment, Recorded: false);
        }

        var paidNow = fromPayment == PaymentState.Unpaid && newPayment is PaymentState.HeldInEscrow or PaymentState.Paid;
        Status = newStatus;
        PaymentState = newPayment;
        AlipayTradeNo ??= report.TradeNo;
        AlipayBuyerAccount ??= report.BuyerAccount;
        if (paidNow)
        {
            PaidAt = report.PaidAt ?? now;
            AmountPaid = report.AmountPaid ?? Total;
            PaidAfterClosing = fromStatus == OrderStatus.Closed;
            HeldForReview = paidShort && !PaidAfterClosing;
            PaidThroughEscrow = newPayment == PaymentState.HeldInEscrow;
        }
        if (newStatus != fromStatus)
        {
            switch (newStatus)
            {
                case OrderStatus.Shipped:
                    ShippedAt ??= report.ShippedAt ?? now;
                    break;
                case OrderStatus.Completed:
                    CompletedAt = now;
                    break;
                case OrderStatus.Closed:
                    ClosedAt = report.ClosedAt ?? now;
                    break;
                case OrderStatus.Refunded:
                    RefundedAt = report.RefundedAt ?? report.ClosedAt ?? now;
                    HeldForReview = false;
                    AmountRefunded = AmountPaid ?? Total;
                    break;
            }
        }

        var historyEvent = paidNow && fromStatus == OrderStatus.Closed ? OrderHistoryEvent.PaidAfterClosing : OrderHistoryEvent.PaymentUpdate;
        Record(now, historyEvent, OrderChangeSource.Alipay, report.Description, notificationId);
        if (paidNow && AmountPaid != Total)
        {
            var amounts = FormattableString.Invariant($"{AmountPaid:0.00} / {Total:0.00}");
            Record(now, HeldForReview ? OrderHistoryEvent.HeldForReview : OrderHistoryEvent.PriceAdjusted, OrderChangeSource.Alipay, amounts, notificationId);
        }
        Version++;
        return new OrderChange(fromStatus, Status, fromPayment, PaymentState, Recorded: true);
    }

    /// <summary>
    /// An admin asks Alipay to give back <paramref name="amount"/> (all or part of what is left):
    /// the refund waits as Requested until Alipay's batch_refund_notify resolves it.
    /// </summary>
    public Refund RequestRefund(string batchNo, decimal amount, string reason, string admin, DateTime now)
    {
        if (!CanRefund)
        {
            throw new InvalidOperationException($"Order {Number} cannot be refunded by the shop ({Status}/{PaymentState}, {PaymentService}).");
        }
        if (!RefundBatchNumber.IsWellFormed(batchNo) || _refunds.Any(r => r.BatchNo == batchNo))
        {
            throw new ArgumentException("A batch number is a date and a serial, never used twice.", nameof(batchNo));
        }
        if (amount <= 0m || decimal.Round(amount, 2) != amount || amount > RefundableAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"A refund is 0.01 to {RefundableAmount:0.00} with at most two decimals.");
        }
        var trimmed = Require(reason, Refund.ReasonMaxLength, nameof(reason));
        var refund = new Refund(batchNo, amount, trimmed, admin, now);
        _refunds.Add(refund);
        Record(now, OrderHistoryEvent.RefundRequested, OrderChangeSource.Admin,
            FormattableString.Invariant($"{batchNo} {amount:0.00} {admin}: {trimmed}"), null);
        Version++;
        return refund;
    }

    /// <summary>
    /// Alipay's result for the refund <paramref name="batchNo"/>: SUCCESS adds to what was refunded
    /// (never past what was paid) and makes the order Refunded once everything is back; an error
    /// code marks it failed and leaves the order paid. A result seen before changes nothing.
    /// Null when the order has no such refund.
    /// </summary>
    public RefundResult? ApplyRefundResult(string batchNo, bool succeeded, decimal? amount, string resultCode, DateTime now, long? notificationId)
    {
        var refund = _refunds.FirstOrDefault(r => r.BatchNo == batchNo);
        if (refund is null)
        {
            return null;
        }
        var fromStatus = Status;
        var fromPayment = PaymentState;
        if (refund.State != RefundState.Requested)
        {
            return new RefundResult(refund, RefundOutcome.AlreadyResolved, new OrderChange(fromStatus, fromStatus, fromPayment, fromPayment, Recorded: false));
        }

        refund.Resolve(succeeded, amount ?? refund.Amount, resultCode, now);
        if (!succeeded)
        {
            Record(now, OrderHistoryEvent.RefundFailed, OrderChangeSource.Alipay, $"{batchNo} {resultCode}", notificationId);
            Version++;
            return new RefundResult(refund, RefundOutcome.Failed, new OrderChange(fromStatus, fromStatus, fromPayment, fromPayment, Recorded: true));
        }

        var paid = AmountPaid ?? Total;
        // A TRADE_CLOSED that came first already counted everything as refunded.
        AmountRefunded = PaymentState == PaymentState.Refunded ? paid : Math.Min(paid, AmountRefunded + refund.Amount);
        RefundedAt = now;
        if (AmountRefunded == paid && PaymentState != PaymentState.Refunded)
        {
            Status = OrderStatus.Refunded;
            PaymentState = PaymentState.Refunded;
            HeldForReview = false;
        }
        var detail = FormattableString.Invariant($"{batchNo} {refund.Amount:0.00}");
        Record(now, Status == OrderStatus.Refunded ? OrderHistoryEvent.Refunded : OrderHistoryEvent.PartiallyRefunded,
            OrderChangeSource.Alipay, detail, notificationId);
        Version++;
        return new RefundResult(refund, RefundOutcome.Succeeded, new OrderChange(fromStatus, Status, fromPayment, PaymentState, Recorded: true));
    }

    /// <summary>
    /// The refund state Alipay reports for an escrow trade. Returns whether it is new: the
    /// history records each change once.
    /// </summary>
    public bool RecordAlipayRefundState(AlipayRefundState state, DateTime now, long? notificationId)
    {
        if (state == AlipayRefundState || state == AlipayRefundState.None)
        {
            return false;
        }
        AlipayRefundState = state;
        Record(now, OrderHistoryEvent.AlipayRefundState, OrderChangeSource.Alipay, state.ToString(), notificationId);
        Version++;
        return true;
    }

    /// <summary>The goods left the warehouse. For escrow payments Alipay has accepted the shipment before this is called.</summary>
    public Shipment MarkShipped(string carrier, string trackingNumber, LogisticsType transportType, DateTime now)
    {
        if (!CanShip)
        {
            throw new InvalidOperationException($"Order {Number} cannot be shipped while {Status}/{PaymentState}.");
        }
        var shipment = new Shipment(
            Require(carrier, Shipment.CarrierMaxLength, nameof(carrier)),
            Require(trackingNumber, Shipment.TrackingNumberMaxLength, nameof(trackingNumber)),
            transportType, now, confirmedByAlipay: ShipsThroughAlipay);
        _shipments.Add(shipment);
        Status = OrderStatus.Shipped;
        ShippedAt = now;
        Record(now, OrderHistoryEvent.Shipped, OrderChangeSource.Admin, $"{shipment.Carrier} {shipment.TrackingNumber}", null);
        Version++;
        return shipment;
    }

    public void ConfirmReceipt(DateTime now)
    {
        if (!CanConfirmReceipt)
        {
            throw new InvalidOperationException($"Order {Number} cannot be confirmed while {Status}/{PaymentState}.");
        }
        Complete(now, OrderHistoryEvent.ReceiptConfirmed, OrderChangeSource.Buyer);
    }

    /// <summary>An instantly paid order completes by itself some days after shipping, as Alipay's escrow does.</summary>
    public bool CompleteIfShippedBefore(DateTime shippedBefore, DateTime now)
    {
        if (!CanConfirmReceipt || ShippedAt is null || ShippedAt > shippedBefore)
        {
            return false;
        }
        Complete(now, OrderHistoryEvent.CompletedAfterShippingPeriod, OrderChangeSource.System);
        return true;
    }

    public bool CanCancel => Status == OrderStatus.PendingPayment && PaymentState == PaymentState.Unpaid;

    /// <summary>Held virtual goods whose payment an admin accepts as it is.</summary>
    public bool CanRelease => HeldForReview && Status == OrderStatus.AwaitingShipment
        && PaymentState is PaymentState.HeldInEscrow or PaymentState.Paid;

    /// <summary>An admin accepts what was paid for held goods: the order completes, and the caller delivers them.</summary>
    public void Release(string admin, DateTime now)
    {
        if (!CanRelease)
        {
            throw new InvalidOperationException($"Order {Number} is not held ({Status}/{PaymentState}).");
        }
        HeldForReview = false;
        Status = OrderStatus.Completed;
        CompletedAt = now;
        Record(now, OrderHistoryEvent.ReleasedByAdmin, OrderChangeSource.Admin, admin, null);
        Version++;
    }

    /// <summary>Closes an unpaid order; the caller puts its reserved stock back.</summary>
    public void Cancel(DateTime now, OrderChangeSource source)
    {
        if (!CanCancel)
        {
            throw new InvalidOperationException($"Order {Number} cannot be cancelled while {Status}/{PaymentState}.");
        }
        Status = OrderStatus.Closed;
        ClosedAt = now;
        Record(now, source == OrderChangeSource.Buyer ? OrderHistoryEvent.CancelledByBuyer : OrderHistoryEvent.ClosedUnpaid, source, null, null);
        Version++;
    }

    public void RecordDelivery(DateTime now, string detail)
    {
        Record(now, OrderHistoryEvent.Delivered, OrderChangeSource.System, detail, null);
        Version++;
    }

    /// <summary>
    /// The buyer deleted their account: the order stays, with its lines, amounts, dates and
    /// Alipay's trade number (the shop's books need them), but nothing that names or reaches the
    /// person: the account, the email, the receiver's name, address and phones, the Alipay buyer
    /// account, the client address it was placed from, and a donor's name and message.
    /// </summary>
    public void EraseBuyer(DateTime now)
    {
        UserId = null;
        BuyerEmail = null;
        AlipayBuyerAccount = null;
        ClientAddress = null;
        ShippingAddress = null;
        Donation?.Erase();
        Record(now, OrderHistoryEvent.BuyerErased, OrderChangeSource.Buyer, null, null);
        Version++;
    }

    public void AddNote(string note, string author, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(note) || note.Trim().Length > NoteMaxLength)
        {
            throw new ArgumentException($"A note is 1 to {NoteMaxLength} characters.", nameof(note));
        }
        Record(now, OrderHistoryEvent.Note, OrderChangeSource.Admin, $"{author}: {note.Trim()}", null);
        Version++;
    }

    private void Complete(DateTime now, OrderHistoryEvent historyEvent, OrderChangeSource source)
    {
        Status = OrderStatus.Completed;
        CompletedAt = now;
        Record(now, historyEvent, source, null, null);
        Version++;
    }

    private (OrderStatus Status, PaymentState Payment) Target(PaymentEvent paymentEvent, bool held)
    {
        // Virtual goods and donations complete when paid; held goods wait like physical ones.
        var delivered = Kind == OrderKind.Physical || held ? (OrderStatus?)null : OrderStatus.Completed;
        return paymentEvent switch
        {
            PaymentEvent.PaidIntoEscrow => (delivered ?? OrderStatus.AwaitingShipment, PaymentState.HeldInEscrow),
            PaymentEvent.GoodsSent => (delivered ?? OrderStatus.Shipped, PaymentState.HeldInEscrow),
            PaymentEvent.Paid => (delivered ?? (Status == OrderStatus.Shipped ? OrderStatus.Completed : OrderStatus.AwaitingShipment), PaymentState.Paid),
            PaymentEvent.Closed => PaymentState == PaymentState.Unpaid
                ? (OrderStatus.Closed, PaymentState.Unpaid)
                : (OrderStatus.Refunded, PaymentState.Refunded),
            _ => (Status, PaymentState),
        };
    }

    /// <summary>
    /// The lifecycle order: PendingPayment, AwaitingShipment, Shipped, Completed, then Refunded.
    /// Closed is reached only from PendingPayment; a closed order is only left by a refund.
    /// </summary>
    private static bool IsForward(OrderStatus from, OrderStatus to)
    {
        if (from == to)
        {
            return false;
        }
        return (from, to) switch
        {
            (OrderStatus.Refunded, _) => false,
            (_, OrderStatus.Refunded) => true,
            (OrderStatus.Closed, _) => false,
            (_, OrderStatus.Closed) => from == OrderStatus.PendingPayment,
            _ => to > from,
        };
    }

    private void Record(DateTime now, OrderHistoryEvent historyEvent, OrderChangeSource source, string? detail, long? notificationId) =>
        _history.Add(new OrderHistoryEntry(now, historyEvent, source, Status, PaymentState, detail, notificationId));

    private static string Require(string value, int maxLength, string parameterName)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length is > 0 && trimmed.Length <= maxLength
            ? trimmed
            : throw new ArgumentException($"1 to {maxLength} characters.", parameterName);
    }
}
