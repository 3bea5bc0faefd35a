using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Data;

namespace Shop.Web.Features.Orders;

/// <summary>
/// Reads an order's status for the live panel. Each read opens its own scope, because the panel
/// lives as long as the page is open, far longer than a DbContext should.
/// </summary>
public class OrderStatusQuery(IServiceScopeFactory scopes)
{
    public async Task<OrderStatusSnapshot?> FindAsync(string orderNumber, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var order = await db.Orders.AsNoTracking()
            .Include(o => o.Lines)
            .Include(o => o.Shipments)
            .FirstOrDefaultAsync(o => o.Number == orderNumber, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var codes = await db.ProductCodes.AsNoTracking()
            .Where(c => c.OrderId == order.Id)
            .OrderBy(c => c.OrderLineId).ThenBy(c => c.Id)
            .Select(c => new { c.OrderLineId, c.Code })
            .ToListAsync(cancellationToken);
        var lineNames = order.Lines.ToDictionary(l => l.Id, l => l.ProductName);
        var delivered = order.Status == OrderStatus.Completed && order.Kind == OrderKind.Virtual;

        return new OrderStatusSnapshot(
            order.Number,
            order.Kind,
            order.Status,
            order.PaymentState,
            order.Total,
            order.PayBefore,
            order.PaidAt,
            // A refunded or closed order keeps its codes for the admin, but the buyer no longer sees them.
            delivered
                ? codes.Select(c => new DeliveredCode(lineNames.GetValueOrDefault(c.OrderLineId ?? 0, LocalizedText.Empty), c.Code)).ToList()
                : [],
            delivered
                ? order.Lines.Where(l => l.Delivery == VirtualDelivery.File).Select(l => new DeliveredFile(l.Id, l.ProductName)).ToList()
                : [],
            order.Shipments.Select(s => new ShipmentInfo(s.Carrier, s.TrackingNumber, s.TransportType, s.ShippedAt)).ToList(),
            order.Version);
    }
}
