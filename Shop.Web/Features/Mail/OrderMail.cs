using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Areas.Identity;
using Shop.Web.Data;
using Shop.Web.Features.Shared;

namespace Shop.Web.Features.Mail;

/// <summary>
/// The messages an order's life sends: to the buyer in the language of the order, and to every
/// admin when an order needs a person. Each goes into the outbox of the caller's save under a key
/// that names the order and the event, so a notification applied twice queues one message.
/// </summary>
public class OrderMail(ShopDbContext db, Outbox outbox, MailWriter writer, MailLinks links)
{
    /// <summary>The buyer's order was just placed: what it holds, and the pay link while it is unpaid.</summary>
    public Task OrderPlacedAsync(Order order) =>
        ToBuyerAsync(order, MailKind.OrderPlaced, "placed", (l, shop) => new MailContent
        {
            Subject = l["{0}: order {1} placed", shop, order.Number],
            Heading = l["Thank you for your order"],
            Paragraphs =
            [
                l["Your order {0} is waiting for payment. Please pay before {1} (China time); after that it closes by itself.", order.Number, ChinaTime.FormatToMinute(order.PayBefore)],
            ],
            Facts = Totals(order, l),
            Items = Items(order),
            Links = [new(l["Pay now"], links.Pay(order.Number)), new(l["View your order"], links.Order(order.Number))],
        });

    /// <summary>
    /// What an order that just changed means to its buyer and the admins, from where it was
    /// (<paramref name="fromStatus"/>, <paramref name="fromPayment"/>) to where it is now. Call it
    /// before the save that changes the order, and only when it changed.
    /// </summary>
    public async Task OrderChangedAsync(Order order, OrderStatus fromStatus, PaymentState fromPayment)
    {
        var paidNow = fromPayment == PaymentState.Unpaid && order.PaymentState is PaymentState.HeldInEscrow or PaymentState.Paid;
        if (paidNow && order.PaidAfterClosing)
        {
            await ToAdminsAsync(order, MailKind.AdminPaidAfterClosing, "paid-after-closing", (l, _) => new MailContent
            {
                Subject = l["Order {0}: paid after it had closed", order.Number],
                Heading = l["An order needs you: paid after it had closed"],
                Paragraphs = [l["Alipay took a payment of {0} for order {1} after the order had closed. The goods are no longer reserved: refund the payment.", Yuan.Format(order.AmountPaid ?? order.Total), order.Number]],
                Facts = [new(l["Alipay trade number"], order.AlipayTradeNo ?? "—")],
                Links = [new(l["Open the order"], links.AdminOrder(order.Number))],
            });
        }
        else if (paidNow && order.HeldForReview)
        {
            await ToAdminsAsync(order, MailKind.AdminHeldForReview, "held-for-review", (l, _) => new MailContent
            {
                Subject = l["Order {0}: paid less than its price", order.Number],
                Heading = l["An order needs you: paid less than its price"],
                Paragraphs = [l["The price of order {0} was changed on Alipay: the buyer paid {1} for goods priced {2}. Nothing was delivered: release the order to deliver it, or refund it on Alipay.", order.Number, Yuan.Format(order.AmountPaid ?? 0m), Yuan.Format(order.Total)]],
                Facts = [new(l["Alipay trade number"], order.AlipayTradeNo ?? "—")],
                Links = [new(l["Open the order"], links.AdminOrder(order.Number))],
            });
        }
        else if (paidNow)
        {
            switch (order.Kind)
            {
                case OrderKind.Physical:
                    await PaymentReceivedAsync(order);
                    break;
                case OrderKind.Virtual when order.Status == OrderStatus.Completed:
                    await GoodsDeliveredAsync(order);
                    break;
                case OrderKind.Donation:
                    await DonationReceiptAsync(order);
                    break;
            }
        }

        if (order.Kind == OrderKind.Virtual && fromStatus == OrderStatus.AwaitingShipment && order.Status == OrderStatus.Completed)
        {
            // Held goods an admin released (Order.Release).
            await GoodsDeliveredAsync(order);
        }
        if (order.Kind == OrderKind.Physical && fromStatus != OrderStatus.Shipped && order.Status == OrderStatus.Shipped)
        {
            await ShippedAsync(order);
        }
        if (order.Kind == OrderKind.Physical && fromStatus != OrderStatus.Completed && order.Status == OrderStatus.Completed)
        {
            await ToBuyerAsync(order, MailKind.Completed, "completed", (l, shop) => new MailContent
            {
                Subject = l["{0}: order {1} is complete", shop, order.Number],
                Heading = l["Your order is complete"],
                Paragraphs = [l["Order {0} is complete. Thank you for shopping with us!", order.Number]],
                Links = [new(l["View your order"], links.Order(order.Number))],
            });
        }
        if (order.Kind != OrderKind.Donation && fromStatus == OrderStatus.PendingPayment && order.Status == OrderStatus.Closed)
        {
            await ToBuyerAsync(order, MailKind.ClosedUnpaid, "closed", (l, shop) => new MailContent
            {
                Subject = l["{0}: order {1} closed", shop, order.Number],
                Heading = l["Your order was closed"],
                Paragraphs = [l["Order {0} was closed because it was not paid in time. Nothing was charged, and the goods are back on sale: you are welcome to order again.", order.Number]],
                Items = Items(order),
                Links = [new(l["Visit the shop"], links.Home)],
            });
        }
    }

    /// <summary>
    /// A refund of <paramref name="amount"/> reached the buyer. <paramref name="reference"/> names
    /// the refund (Alipay's batch number), so each refund of an order is told once.
    /// </summary>
    public Task RefundedAsync(Order order, decimal amount, string reference) =>
        ToBuyerAsync(order, MailKind.Refunded, $"refunded:{reference}", (l, shop) => new MailContent
        {
            Subject = l["{0}: refund for order {1}", shop, order.Number],
            Heading = l["Your refund is on its way"],
            Paragraphs = [l["We refunded {0} for order {1} to your Alipay account.", Yuan.Format(amount), order.Number]],
            Facts = [new(l["Refunded"], Yuan.Format(amount)), new(l["Amount paid"], Yuan.Format(order.AmountPaid ?? order.Total))],
            Links = [new(l["View your order"], order.Kind == OrderKind.Donation ? links.Donation(order.Number) : links.Order(order.Number))],
        });

    /// <summary>A refund of the order failed at Alipay: the admins are told why (<paramref name="reason"/>), once per refund.</summary>
    public Task RefundFailedAsync(Order order, string reference, string reason) =>
        ToAdminsAsync(order, MailKind.AdminRefundFailed, $"refund-failed:{reference}", (l, _) => new MailContent
        {
            Subject = l["Order {0}: the refund failed", order.Number],
            Heading = l["An order needs you: the refund failed"],
            Paragraphs = [l["The refund of order {0} failed: {1}", order.Number, reason]],
            Links = [new(l["Open the order"], links.AdminOrder(order.Number))],
        });

    /// <summary>Alipay reported a total that is not the order's: the notification was refused, and the admins are told once per amount.</summary>
    public Task AmountMismatchAsync(Order order, decimal reported) =>
        ToAdminsAsync(order, MailKind.AdminAmountMismatch, $"amount-mismatch:{Yuan.Plain(reported)}", (l, _) => new MailContent
        {
            Subject = l["Order {0}: Alipay reported another amount", order.Number],
            Heading = l["An order needs you: the amount does not match"],
            Paragraphs = [l["A notification from Alipay for order {0} reported {1}, but the order's total is {2}. It was refused, and the order was not changed. Check the trade on Alipay.", order.Number, Yuan.Format(reported), Yuan.Format(order.Total)]],
            Links = [new(l["Open the order"], links.AdminOrder(order.Number))],
        });

    private Task PaymentReceivedAsync(Order order) =>
        ToBuyerAsync(order, MailKind.PaymentReceived, "payment-received", (l, shop) => new MailContent
        {
            Subject = l["{0}: payment received for order {1}", shop, order.Number],
            Heading = l["We received your payment"],
            Paragraphs = [l["Thank you! We received your payment for order {0}. We will ship it soon and write again when it leaves.", order.Number]],
            Facts = [new(l["Order number"], order.Number), new(l["Amount paid"], Yuan.Format(order.AmountPaid ?? order.Total))],
            Items = Items(order),
            Links = [new(l["View your order"], links.Order(order.Number))],
        });

    private async Task GoodsDeliveredAsync(Order order)
    {
        var codes = await CodesAsync(order);
        var downloads = order.Lines.Where(line => line.Delivery == VirtualDelivery.File).ToList();
        await ToBuyerAsync(order, MailKind.GoodsDelivered, "delivered", (l, shop) => new MailContent
        {
            Subject = l["{0}: your goods for order {1}", shop, order.Number],
            Heading = l["Your goods are ready"],
            Paragraphs = [l["Thank you! We received your payment for order {0}, and your goods are ready.", order.Number]],
            Facts = [new(l["Order number"], order.Number), new(l["Amount paid"], Yuan.Format(order.AmountPaid ?? order.Total))],
            Codes = codes.Select(c => new MailFact(c.ProductName.InUiLanguage(), c.Code)).ToList(),
            Links =
            [
                .. downloads.Select(line => new MailLink(l["Download {0}", line.ProductName.InUiLanguage()], links.Download(order.Number, line.Id))),
                new(l["View your order"], links.Order(order.Number)),
            ],
            Note = codes.Count > 0 ? l["Keep your codes safe: anyone who has a code can use it."].Value : null,
        });
    }

    private Task ShippedAsync(Order order)
    {
        var shipment = order.Shipments.Count > 0 ? order.Shipments[^1] : null;
        return ToBuyerAsync(order, MailKind.Shipped, "shipped", (l, shop) => new MailContent
        {
            Subject = l["{0}: order {1} shipped", shop, order.Number],
            Heading = l["Your order is on its way"],
            Paragraphs = [l["Order {0} has left our warehouse.", order.Number]],
            Facts = shipment is null
                ? [new(l["Order number"], order.Number)]
                : [new(l["Order number"], order.Number), new(l["Carrier"], shipment.Carrier), new(l["Tracking number"], shipment.TrackingNumber)],
            Items = Items(order),
            Links = [new(l["View your order"], links.Order(order.Number))],
        });
    }

    private Task DonationReceiptAsync(Order order) =>
        ToBuyerAsync(order, MailKind.DonationReceipt, "receipt", (l, shop) => new MailContent
        {
            Subject = l["{0}: thank you for your donation", shop],
            Heading = l["Thank you for your gift"],
            Paragraphs = [l["We received your donation of {0}. Thank you! Please keep this mail as your receipt.", Yuan.Format(order.AmountPaid ?? order.Total)]],
            Facts =
            [
                new(l["Donation number"], order.Number),
                new(l["Amount"], Yuan.Format(order.AmountPaid ?? order.Total)),
                new(l["Received"], ChinaTime.FormatToMinute(order.PaidAt ?? order.CreatedAt)),
            ],
            Links = [new(l["View your donation"], links.Donation(order.Number))],
        });

    private async Task ToBuyerAsync(Order order, MailKind kind, string eventName, Func<IStringLocalizer, string, MailContent> compose)
    {
        if (string.IsNullOrWhiteSpace(order.BuyerEmail))
        {
            return;
        }
        var culture = MailCulture.Of(order.Culture);
        var prefix = order.Kind == OrderKind.Donation ? "donation" : "order";
        await outbox.AddAsync($"{prefix}:{order.Number}:{eventName}", kind, order.BuyerEmail, culture, order.Number, writer.Write(culture, compose));
    }

    private async Task ToAdminsAsync(Order order, MailKind kind, string eventName, Func<IStringLocalizer, string, MailContent> compose)
    {
        var admins = await (
            from user in db.Users
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.Admin && user.Email != null
            select new { user.Id, user.Email }).ToListAsync();
        foreach (var admin in admins)
        {
            var culture = await AccountCulture.FindAsync(db, admin.Id);
            await outbox.AddAsync($"order:{order.Number}:alert:{eventName}:{admin.Id}", kind, admin.Email!, culture, order.Number, writer.Write(culture, compose));
        }
    }

    private async Task<List<(LocalizedText ProductName, string Code)>> CodesAsync(Order order)
    {
        // Codes handed over in this very save are only in the change tracker yet.
        var sold = db.ProductCodes.Local.Where(c => c.OrderId == order.Id).ToList();
        var stored = await db.ProductCodes.AsNoTracking().Where(c => c.OrderId == order.Id).ToListAsync();
        return sold.Concat(stored).DistinctBy(c => c.Id)
            .OrderBy(c => c.OrderLineId).ThenBy(c => c.Id)
            .Select(c => (order.Lines.FirstOrDefault(line => line.Id == c.OrderLineId)?.ProductName ?? LocalizedText.Empty, c.Code))
            .ToList();
    }

    private static List<MailItem> Items(Order order) =>
        order.Lines.Select(line => new MailItem(line.ProductName.InUiLanguage(), line.Quantity, Yuan.Format(line.LineTotal))).ToList();

    private static List<MailFact> Totals(Order order, IStringLocalizer l)
    {
        var facts = new List<MailFact> { new(l["Order number"], order.Number), new(l["Goods total"], Yuan.Format(order.GoodsTotal)) };
        if (order.Logistics is { } logistics)
        {
            facts.Add(new(l["Shipping ({0})", l["Logistics." + logistics.Type].Value], Yuan.Format(logistics.FeeToBuyer)));
        }
        facts.Add(new(l["Total"], Yuan.Format(order.Total)));
        return facts;
    }
}
