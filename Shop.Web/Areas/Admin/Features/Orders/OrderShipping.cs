using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Domain.Shipping;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Data;
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
    OrderLocks locks,
    OrderEvents events,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
{
    private const int ConcurrencyRetries = 3;

    public async Task<ShipResult> ShipAsync(string orderNumber, ShipmentForm form, CancellationToken cancellationToken)
    {
        var errors = Validate(form, out var transportType);
        if (errors.Count > 0)
        {
            return new ShipResult(ShipOutcome.Invalid, localizer["Please correct the marked fields."], Errors: errors);
        }
        var carrier = form.Carrier!.Trim();
        var trackingNumber = form.TrackingNumber!.Trim();

        // The same lock as notifications: Alipay's WAIT_BUYER_CONFIRM_GOODS, sent the moment it
        // accepts the shipment, waits until the order is saved as shipped, then finds nothing to do.
        using (await locks.AcquireAsync(orderNumber, cancellationToken))
        {
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Number == orderNumber, cancellationToken);
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
                    return new ShipResult(ShipOutcome.Refused, localizer["Alipay's trade number of this order is not known yet. Reconcile with Alipay first."]);
                }
                var answer = await gateway.SendGoodsAsync(
                    new SendGoodsRequest(tradeNo, carrier, ToAlipay(transportType)) { InvoiceNo = trackingNumber }, cancellationToken);
                if (answer.Xml is null)
                {
                    return new ShipResult(ShipOutcome.AlipayUnreachable, localizer["Alipay could not be reached. Nothing was changed; please try again."]);
                }
                if (answer.Xml.Outcome == AlipayXmlOutcome.Malformed)
                {
                    return new ShipResult(ShipOutcome.AlipayUnreachable, localizer["Alipay's answer could not be read. Nothing was changed; please try again."]);
                }
                if (!answer.IsSuccess)
                {
                    var code = answer.Xml.ErrorCode;
                    return new ShipResult(ShipOutcome.AlipayRefused, AlipayErrorExplanations.Explain(code, CultureInfo.CurrentUICulture.Name), code);
                }
            }

            return await MarkShippedAsync(order, carrier, trackingNumber, transportType);
        }
    }

    private async Task<ShipResult> MarkShippedAsync(Order order, string carrier, string trackingNumber, LogisticsType transportType)
    {
        for (var attempt = 1; ; attempt++)
        {
            order.MarkShipped(carrier, trackingNumber, transportType, clock.GetUtcNow().UtcDateTime);
            try
            {
                await db.SaveChangesAsync();
                events.Publish(order.Number);
                return new ShipResult(ShipOutcome.Shipped);
            }
            catch (DbUpdateConcurrencyException) when (attempt < ConcurrencyRetries)
            {
                // Another app instance moved the order meanwhile (the lock is per process). Alipay
                // may already have accepted the shipment, so it is recorded if the order still allows.
                db.ChangeTracker.Clear();
                order = await db.Orders.FirstAsync(o => o.Number == order.Number);
                if (!order.CanShip)
                {
                    return new ShipResult(ShipOutcome.Refused, WhyNotShippable(order));
                }
            }
        }
    }

    private List<FieldError> Validate(ShipmentForm form, out LogisticsType transportType)
    {
        var errors = new List<FieldError>();
        RequireText(form.Carrier, "carrier", Shipment.CarrierMaxLength, localizer["Enter the carrier, like SF Express."], errors);
        RequireText(form.TrackingNumber, "trackingNumber", Shipment.TrackingNumberMaxLength, localizer["Enter the tracking number."], errors);
        if (!Enum.GetNames<LogisticsType>().Contains(form.TransportType) || !Enum.TryParse(form.TransportType, out transportType))
        {
            transportType = default;
            errors.Add(new FieldError("transportType", localizer["Choose how the goods travel: express, post or EMS."]));
        }
        return errors;
    }

    private void RequireText(string? value, string field, int maxLength, string whenEmpty, List<FieldError> errors)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add(new FieldError(field, whenEmpty));
        }
        else if (trimmed.Length > maxLength)
        {
            errors.Add(new FieldError(field, localizer["At most {0} characters.", maxLength]));
        }
    }

    private string WhyNotShippable(Order order) => (order.Kind, order.Status) switch
    {
        (not OrderKind.Physical, _) => localizer["Only physical goods are shipped; this order has none."],
        (_, OrderStatus.PendingPayment) => localizer["This order is not paid yet, so it cannot be shipped."],
        (_, OrderStatus.Shipped or OrderStatus.Completed) => localizer["This order has already been shipped."],
        (_, OrderStatus.Closed) => localizer["This order is closed, so it cannot be shipped."],
        (_, OrderStatus.Refunded) => localizer["This order was refunded, so it cannot be shipped."],
        _ => localizer["This order cannot be shipped now."],
    };

    private static AlipayLogisticsType ToAlipay(LogisticsType type) => type switch
    {
        LogisticsType.POST => AlipayLogisticsType.Post,
        LogisticsType.EMS => AlipayLogisticsType.Ems,
        _ => AlipayLogisticsType.Express,
    };
}
