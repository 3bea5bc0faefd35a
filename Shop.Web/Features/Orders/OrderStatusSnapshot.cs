using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Shipping;

namespace Shop.Web.Features.Orders;

/// <summary>What the live status panel of an order shows, read in one go.</summary>
public sealed record OrderStatusSnapshot(
    string Number,
    OrderKind Kind,
    OrderStatus Status,
    PaymentState PaymentState,
    decimal Total,
    DateTime PayBefore,
    DateTime? PaidAt,
    IReadOnlyList<DeliveredCode> Codes,
    IReadOnlyList<DeliveredFile> Files,
    IReadOnlyList<ShipmentInfo> Shipments,
    int Version);

public sealed record DeliveredCode(LocalizedText ProductName, string Code);

public sealed record DeliveredFile(int LineId, LocalizedText ProductName);

public sealed record ShipmentInfo(string Carrier, string TrackingNumber, LogisticsType TransportType, DateTime ShippedAt);
