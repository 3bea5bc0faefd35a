using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Ordering;

namespace Shop.Web.Data.Configurations;

public class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> builder)
    {
        builder.Property(s => s.Carrier).HasMaxLength(Shipment.CarrierMaxLength).IsRequired();
        builder.Property(s => s.TrackingNumber).HasMaxLength(Shipment.TrackingNumberMaxLength).IsRequired();
        builder.Property(s => s.TransportType).HasConversion<string>().HasMaxLength(20);
    }
}
