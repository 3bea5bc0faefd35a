using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>Reads one order for the admin's order page, with every notification Alipay sent about it.</summary>
public class AdminOrderDetails(ShopDbContext db, OrderMessages messages)
{
    public async Task<OrderDetailsPage?> FindAsync(string orderNumber)
    {
        var order = await db.Orders.AsNoTracking()
            .Include(o => o.Lines)
            .Include(o => o.History)
            .Include(o => o.Shipments)
            .Include(o => o.Refunds)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Number == orderNumber);
        if (order is null)
        {
            return null;
        }

        // Only what the shop's key signed is stored as a notification; one rejected later (another
        // seller, a wrong amount) may name the order without being linked to it.
        var notifications = await db.PaymentNotifications.AsNoTracking()
            .Where(n => n.OrderId == order.Id || n.OutTradeNo == order.Number)
            .OrderBy(n => n.ReceivedAt).ThenBy(n => n.Id)
            .ToListAsync();
        // Requests the key did not sign only claim the order: counted and linked, never listed as its notifications.
        var rejected = await db.RejectedNotifications.CountAsync(r => r.OutTradeNo == order.Number);
        return new OrderDetailsPage(
            order,
            notifications.Select(n => new NotificationEntry(n, Parameters(n.Parameters))).ToList(),
            rejected,
            ShipmentForm.For(order))
        {
            Messages = await messages.ListAsync(order.Number),
        };
    }

    /// <summary>The stored JSON object's members in the order they were written, which is the order they arrived in.</summary>
    private static List<KeyValuePair<string, string>> Parameters(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject()
            .Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.GetRawText()))
            .ToList();
    }
}
