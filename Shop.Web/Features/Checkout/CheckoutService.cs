using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Ordering;
using Shop.Domain.Shipping;
using Shop.Web.Data;
using Shop.Web.Features.Cart;
using Shop.Web.Features.Mail;
using Shop.Web.Features.Orders;
using Shop.Web.Features.Payments;

namespace Shop.Web.Features.Checkout;

/// <summary>
/// Turns the signed-in buyer's cart into an order: prices and stock re-read, the order written
/// with its lines, fee and address, stock reserved and the cart emptied — all in one transaction,
/// so a refusal at any point leaves nothing half-written.
/// </summary>
public class CheckoutService(
    ShopDbContext db,
    ShoppingCart cart,
    UnpaidOrderLimits unpaidOrderLimits,
    IOptionsMonitor<CheckoutOptions> checkoutOptions,
    IOptionsMonitor<AlipayOptions> alipayOptions,
    OrderMail mail,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<CheckoutPage> PrepareAsync(
        string userId, CheckoutForm? form, IReadOnlyList<AddressProblem>? problems = null, int? savedAddressId = null)
    {
        var view = await cart.ViewAsync();
        var addresses = await db.SavedAddresses.AsNoTracking()
            .Where(a => a.UserId == userId)
            .OrderByDescending(a => a.LastUsedAt)
            .ToListAsync();
        var schedule = checkoutOptions.CurrentValue.FeeSchedule();
        var options = schedule.Offered.Select(type => schedule.Quote(type, view.Subtotal)).ToList();
        form ??= FormFrom((addresses.FirstOrDefault(a => a.Id == savedAddressId) ?? addresses.FirstOrDefault())?.Address);
        return new CheckoutPage(view, form, addresses, options, schedule.FreeShippingFrom, problems ?? []);
    }

    /// <param name="clientAddress">Where the order is placed from (<see cref="Security.ClientAddress"/>), recorded on it.</param>
    public async Task<PlaceOrderResult> PlaceOrderAsync(string userId, string? email, string clientAddress, CheckoutForm form)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();

        var view = await cart.ViewAsync();
        if (view.Messages.Count > 0)
        {
            await transaction.CommitAsync();
            cart.ForgetItemCount();
            return new PlaceOrderResult(PlaceOrderOutcome.CartChanged, CartMessages: view.Messages);
        }
        if (view.Lines.Count == 0)
        {
            return new PlaceOrderResult(PlaceOrderOutcome.EmptyCart);
        }
        if (form.CartFingerprint != CartFingerprint.Of(view))
        {
            return new PlaceOrderResult(PlaceOrderOutcome.PriceChanged);
        }
        if (await unpaidOrderLimits.ReachedAsync(userId, clientAddress) is not UnpaidOrderLimit.None and var limit)
        {
            return new PlaceOrderResult(PlaceOrderOutcome.TooManyUnpaidOrders, UnpaidOrderLimit: limit);
        }

        ShippingAddress? address = null;
        LogisticsQuote? logistics = null;
        if (view.HasPhysicalItems)
        {
            var problems = ShippingAddressRules.Validate(
                form.ReceiveName, form.ReceiveAddress, form.ReceiveZip, form.ReceivePhone, form.ReceiveMobile).ToList();
            var schedule = checkoutOptions.CurrentValue.FeeSchedule();
            if (!AlipayLogisticsMapping.TryParseLogisticsType(form.LogisticsType, out var type) || !schedule.Offers(type))
            {
                problems.Add(new AddressProblem("logisticsType", AddressProblemKind.Required));
            }
            if (problems.Count > 0)
            {
                return new PlaceOrderResult(PlaceOrderOutcome.Invalid, Problems: problems);
            }
            address = ShippingAddressRules.Create(form.ReceiveName!, form.ReceiveAddress!, form.ReceiveZip!, form.ReceivePhone, form.ReceiveMobile);
            logistics = schedule.Quote(type, view.Subtotal);
        }

        // The products are tracked from the cart view above: reserving changes their stock, and the
        // stock column is a concurrency token, so two buyers racing for the last unit cannot both win.
        foreach (var line in view.Lines)
        {
            if (!line.Product.TryReserve(line.Priced.Quantity))
            {
                db.ChangeTracker.Clear();
                return new PlaceOrderResult(PlaceOrderOutcome.StockConflict);
            }
        }

        var settings = alipayOptions.CurrentValue;
        var number = await OrderNumbers.NewAsync(db, Now);
        var lines = view.Lines.Select(l => new OrderLine(
            l.Product.Id, l.Product.Name, l.Product.Price, l.Priced.Quantity, l.Product.Kind, l.Product.Delivery));
        var order = Order.PlaceForGoods(
            number, userId, email, lines, address, logistics,
            view.HasPhysicalItems ? settings.PhysicalGoodsService : settings.VirtualGoodsService,
            Now, settings.UnpaidTimeout().DeadlineFor(Now), MailCulture.Current, clientAddress);
        db.Orders.Add(order);
        await mail.OrderPlacedAsync(order);
        if (address is not null)
        {
            await RememberAddressAsync(userId, address);
        }
        try
        {
            // Clearing the cart saves everything above with it (the stock's concurrency check included).
            await cart.ClearAsync();
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new PlaceOrderResult(PlaceOrderOutcome.StockConflict);
        }
        cart.ForgetItemCount();
        return new PlaceOrderResult(PlaceOrderOutcome.Placed, number);
    }

    private async Task RememberAddressAsync(string userId, ShippingAddress address)
    {
        var saved = await db.SavedAddresses.Where(a => a.UserId == userId).OrderByDescending(a => a.LastUsedAt).ToListAsync();
        var same = saved.FirstOrDefault(a => a.Address == address);
        if (same is not null)
        {
            same.Use(Now);
            return;
        }
        db.SavedAddresses.Add(new SavedAddress(userId, address, Now));
        db.SavedAddresses.RemoveRange(saved.Skip(SavedAddress.MaxPerBuyer - 1));
    }

    private static CheckoutForm FormFrom(ShippingAddress? address) => new()
    {
        ReceiveName = address?.ReceiverName,
        ReceiveAddress = address?.Address,
        ReceiveZip = address?.Zip,
        ReceivePhone = address?.Phone,
        ReceiveMobile = address?.Mobile,
    };
}
