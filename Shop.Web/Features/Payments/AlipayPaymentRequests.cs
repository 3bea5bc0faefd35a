using Microsoft.Extensions.Options;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Web.Features.Donations;
using Shop.Web.Features.Orders;

namespace Shop.Web.Features.Payments;

/// <summary>
/// The signed request that sends a buyer to Alipay for an order, built from the order as it was
/// stored (docs/architecture.md: Which Alipay service pays what), so paying again sends the same
/// amounts.
/// </summary>
public class AlipayPaymentRequests(IOptionsMonitor<AlipayOptions> options, LinkGenerator links, TimeProvider clock)
{
    private const int BodyMaxLength = 1000;

    /// <param name="subject">What the buyer reads on the cashier (<see cref="PaymentSubjectText"/>); made to fit Alipay's rules here.</param>
    public AlipaySignedRequest For(Order order, string subject)
    {
        var settings = options.CurrentValue;
        var builder = new AlipayRequestBuilder(settings.Merchant());
        subject = FitSubject(Clean(subject), settings.Merchant().InputCharset.Encoding);
        return order.Kind switch
        {
            OrderKind.Donation => builder.BuildDonation(
                Common(new DonationRequest(order.Number, subject, order.Total), order, settings)),
            OrderKind.Virtual when order.PaymentService == AlipayServices.CreateDigitalGoodsTradeP => builder.BuildDigitalGoodsTrade(
                Common(new DigitalGoodsTradeRequest(order.Number, subject) { TotalFee = order.Total }, order, settings)),
            OrderKind.Physical when order.PaymentService != AlipayServices.CreateDirectPayByUser => BuildLogisticsTrade(builder, order, subject, settings),
            _ => builder.BuildDirectPay(Common(new DirectPayRequest(order.Number, subject) { TotalFee = order.Total }, order, settings)),
        };
    }

    private AlipaySignedRequest BuildLogisticsTrade(AlipayRequestBuilder builder, Order order, string subject, AlipayOptions settings)
    {
        var logistics = order.Logistics ?? throw new InvalidOperationException($"Order {order.Number} has no logistics.");
        var address = order.ShippingAddress ?? throw new InvalidOperationException($"Order {order.Number} has no address.");
        // The whole cart travels as one item: price = goods total, quantity = 1, and the real fee
        // with who pays it (docs/alipay-protocol.md §3).
        var request = Common(new LogisticsTradeRequest(
            order.Number, subject, order.GoodsTotal, 1,
            new AlipayLogistics(AlipayLogisticsMapping.ToAlipay(logistics.Type), logistics.Fee, AlipayLogisticsMapping.ToAlipay(logistics.Payment)))
        {
            Receiver = new AlipayReceiver(address.ReceiverName, address.Address)
            {
                Zip = address.Zip,
                Phone = address.Phone,
                Mobile = address.Mobile,
            },
        }, order, settings);
        return order.PaymentService == AlipayServices.CreatePartnerTradeByBuyer
            ? builder.BuildEscrowTrade(request)
            : builder.BuildDualTrade(request);
    }

    private T Common<T>(T request, Order order, AlipayOptions settings) where T : AlipayPaymentRequest =>
        request with
        {
            Body = Body(order),
            NotifyUrl = settings.NotifyUrl,
            ReturnUrl = settings.ReturnUrl,
            ShowUrl = settings.PublicBaseUrl.TrimEnd('/') + OrderPage(order),
            // The time the order has left, not a fresh Alipay:ItBPay: the shop closes it at PayBefore.
            UnpaidTimeout = AlipayUnpaidTimeout.Remaining(order.PayBefore, clock.GetUtcNow().UtcDateTime),
        };

    /// <summary>The page of the order (or donation) on the shop, which Alipay links to as the goods.</summary>
    private string? OrderPage(Order order) => order.Kind == OrderKind.Donation
        ? links.GetPathByAction(nameof(DonationsController.ThankYou), "Donations", new { orderNo = order.Number })
        : links.GetPathByAction(nameof(OrdersController.Details), "Orders", new { orderNo = order.Number });

    /// <summary>The lines of the order, each product named in Chinese where its Chinese name was recorded (as the subject is).</summary>
    private static string? Body(Order order)
    {
        if (order.Lines.Count == 0)
        {
            return null;
        }
        var body = string.Join("; ", order.Lines.Select(l => $"{l.ProductName.In(Language.Chinese)} x{l.Quantity}"));
        return body.Length <= BodyMaxLength ? body : body[..(BodyMaxLength - 1)] + "…";
    }

    private const int SubjectMaxBytes = 256;

    /// <summary>A long product name in UTF-8 can pass Alipay's 256 bytes: shorten it, never refuse the order.</summary>
    private static string FitSubject(string subject, System.Text.Encoding encoding)
    {
        if (encoding.GetByteCount(subject) <= SubjectMaxBytes)
        {
            return subject;
        }
        var shortened = subject;
        while (encoding.GetByteCount(shortened + "…") > SubjectMaxBytes)
        {
            shortened = shortened[..^1];
        }
        return shortened + "…";
    }

    // Alipay refuses # % & + in a subject: they break its decoding.
    private static string Clean(string subject) =>
        new(subject.Select(c => c is '#' or '%' or '&' or '+' ? ' ' : c).ToArray());
}
