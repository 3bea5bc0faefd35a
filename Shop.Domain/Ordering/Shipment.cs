using Shop.Domain.Shipping;

namespace Shop.Domain.Ordering;

public class Shipment
{
    public const int CarrierMaxLength = 50;
    public const int TrackingNumberMaxLength = 50;

    private Shipment()
    {
        Carrier = "";
        TrackingNumber = "";
    }

    internal Shipment(string carrier, string trackingNumber, LogisticsType transportType, DateTime shippedAt, bool confirmedByAlipay)
    {
        Carrier = carrier;
        TrackingNumber = trackingNumber;
        TransportType = transportType;
        ShippedAt = shippedAt;
        ConfirmedByAlipay = confirmedByAlipay;
    }

    public int Id { get; private set; }
    public string Carrier { get; private set; }
    public string TrackingNumber { get; private set; }
    public LogisticsType TransportType { get; private set; }
    public DateTime ShippedAt { get; private set; }

    /// <summary>Alipay accepted send_goods_confirm_by_platform (escrow); false when shipped locally after an instant payment.</summary>
    public bool ConfirmedByAlipay { get; private set; }
}
