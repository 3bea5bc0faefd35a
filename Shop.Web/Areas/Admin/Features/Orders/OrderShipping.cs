using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Domain.Shipping;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Data;
using Shop.Web.Features.Instances;
using Shop.Web.Features.Mail;
using Shop.Web.Features.Orders;
using Shop.Web.Features.Payments;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>
/// Marks a paid physical order shipped. Money held in Alipay's escrow is released only once
/// Alipay knows the goods left, so for an escrow payment Alipay is told first
/// (send_goods_confirm_by_platform) and the order changes only when it accepts. An order paid
/// instantly is shipped here alone.
/// </summary>
public class OrderShipping(
    ShopDbContext db,
    AlipayGatewayClient gateway,
    ShopLocks locks,
    OrderEvents events,
    OrderMail mail,
    TimeProvider clock)
{
    private const int ConcurrencyRetries = 3;

    public async Task<ShipResult> ShipAsync(string orderNumber, ShipmentForm form, CancellationToken cancellationToken)
    {
        var errors = Validate(form, out var transportType);
        if (errors.Count > 0)
        {
            return new ShipResult(ShipOutcome.Invalid, Errors: errors);
        }
        var carrier = form.Carrier!.Trim();
        var trackingNumber = form.TrackingNumber!.Trim();

        // The same lock as notifications: Alipay's WAIT_BUYER_CONFIRM_GOODS, sent the moment it
        // accepts the shipment, waits until the order is saved as shipped, then finds nothing to do.
        await using (await locks.AcquireOrderAsync(orderNumber, cancellationToken))
        {
            var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Number == orderNumber, cancellationToken);
            if (order is null)
            {
                return new ShipResult(ShipOutcome.NotFound);
            }
            if (!order.CanShip)
            {
                return new ShipResult(ShipOutcome.Refused, WhyNotShippable(order));
            }

            if (order.ShipsThroughAlipay)
            {
                if (order.AlipayTradeNo is not { } tradeNo)
                {
                    return new ShipResult(ShipOutcome.Refused, ShipProblem.TradeNumberUnknown);
                }
                var answer = await gateway.SendGoodsAsync(
                    new SendGoodsRequest(tradeNo, carrier, AlipayLogisticsMapping.ToAlipay(transportType)) { InvoiceNo = trackingNumber }, cancellationToken);
                if (answer.Xml is null)
                {
                    return new ShipResult(ShipOutcome.AlipayUnreachable, ShipProblem.AlipayUnreachable);
                }
                if (answer.Xml.Outcome == AlipayXmlOutcome.Malformed)
                {
                    return new ShipResult(ShipOutcome.AlipayUnreachable, ShipProblem.AlipayAnswerUnreadable);
                }
                if (!answer.IsSuccess)
                {
                    return new ShipResult(ShipOutcome.AlipayRefused, ShipProblem.AlipayError, answer.Xml.ErrorCode);
                }
            }

            return await MarkShippedAsync(order, carrier, trackingNumber, transportType);
        }
    }

    private async Task<ShipResult> MarkShippedAsync(Order order, string carrier, string trackingNumber, LogisticsType transportType)
    {
        for (var attempt = 1; ; attempt++)
        {
            var fromStatus = order.Status;
            order.MarkShipped(carrier, trackingNumber, transportType, clock.GetUtcNow().UtcDateTime);
            await mail.OrderChangedAsync(order, fromStatus, order.PaymentState);
            try
            {
                await db.SaveChangesAsync();
                events.Publish(order.Number);
                return new ShipResult(ShipOutcome.Shipped);
            }
            catch (DbUpdateConcurrencyException) when (attempt < ConcurrencyRetries)
            {
                // A writer outside this lock moved the order meanwhile (the timeouts job, a buyer's
                // confirmation). Alipay may already have accepted the shipment, so it is recorded if the
                // order still allows.
                db.ChangeTracker.Clear();
                order = await db.Orders.Include(o => o.Lines).FirstAsync(o => o.Number == order.Number);
                if (!order.CanShip)
                {
                    return new ShipResult(ShipOutcome.Refused, WhyNotShippable(order));
                }
            }
        }
    }

    private static List<FieldError> Validate(ShipmentForm form, out LogisticsType transportType)
    {
        var errors = new List<FieldError>();
        RequireText(form.Carrier, "carrier", Shipment.CarrierMaxLength, FormProblem.CarrierMissing, errors);
        RequireText(form.TrackingNumber, "trackingNumber", Shipment.TrackingNumberMaxLength, FormProblem.TrackingNumberMissing, errors);
        if (!AlipayLogisticsMapping.TryParseLogisticsType(form.TransportType, out transportType))
        {
            errors.Add(new FieldError("transportType", FormProblem.TransportTypeMissing));
        }
        return errors;
    }

    private static void RequireText(string? value, string field, int maxLength, FormProblem whenEmpty, List<FieldError> errors)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add(new FieldError(field, whenEmpty));
        }
        else if (trimmed.Length > maxLength)
        {
            errors.Add(new FieldError(field, FormProblem.TooLong, maxLength));
        }
    }

    private static ShipProblem WhyNotShippable(Order order) => (order.Kind, order.Status) switch
    {
        (not OrderKind.Physical, _) => ShipProblem.NotPhysical,
        (_, OrderStatus.PendingPayment) => ShipProblem.NotPaid,
        (_, OrderStatus.Shipped or OrderStatus.Completed) => ShipProblem.AlreadyShipped,
        (_, OrderStatus.Closed) => ShipProblem.Closed,
        (_, OrderStatus.Refunded) => ShipProblem.Refunded,
        _ => ShipProblem.NotShippableNow,
    };
}
