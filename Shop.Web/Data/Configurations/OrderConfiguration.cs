using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Ordering;

namespace Shop.Web.Data.Configurations;

public class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.Property(o => o.Number).HasMaxLength(OrderNumber.Length).IsRequired();
        builder.HasIndex(o => o.Number).IsUnique();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.PaymentState).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.PaymentService).HasMaxLength(64).IsRequired();
        builder.Property(o => o.BuyerEmail).HasMaxLength(256);
        builder.Property(o => o.Culture).HasMaxLength(10);
        builder.Property(o => o.ClientAddress).HasMaxLength(64);
        builder.Property(o => o.GoodsTotal).HasPrecision(12, 2);
        builder.Property(o => o.AmountPaid).HasPrecision(12, 2);
        builder.Property(o => o.AmountRefunded).HasPrecision(12, 2);
        builder.Property(o => o.AlipayRefundState).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.AlipayTradeNo).HasMaxLength(64);
        builder.Property(o => o.AlipayBuyerAccount).HasMaxLength(100);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.Total);
        builder.Ignore(o => o.ShipsThroughAlipay);
        builder.Ignore(o => o.CanShip);
        builder.Ignore(o => o.CanConfirmReceipt);
        builder.Ignore(o => o.CanCancel);
        builder.Ignore(o => o.CanRelease);
        builder.Ignore(o => o.PaidInstantly);
        builder.Ignore(o => o.RefundableAmount);
        builder.Ignore(o => o.CanRefund);
        builder.Ignore(o => o.HasRefundInProgress);

        builder.HasIndex(o => o.UserId);
        builder.HasIndex(o => o.Status);
        builder.HasIndex(o => o.CreatedAt);
        builder.HasIndex(o => o.AlipayTradeNo);
        // The donation page's summary and the admin's donations: paid gifts, the latest first.
        builder.HasIndex(o => new { o.Kind, o.PaymentState, o.PaidAt });
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(o => o.Logistics, logistics =>
        {
            logistics.Property(l => l.Type).HasConversion<string>().HasMaxLength(20).HasColumnName("LogisticsType");
            logistics.Property(l => l.Fee).HasPrecision(12, 2).HasColumnName("LogisticsFee");
            logistics.Property(l => l.Payment).HasConversion<string>().HasMaxLength(30).HasColumnName("LogisticsPayment");
            logistics.Ignore(l => l.FeeToBuyer);
        });
        builder.OwnsOne(o => o.ShippingAddress, address =>
        {
            address.Property(a => a.ReceiverName).HasMaxLength(50).HasColumnName("ReceiverName");
            address.Property(a => a.Address).HasMaxLength(200).HasColumnName("ReceiverAddress");
            address.Property(a => a.Zip).HasMaxLength(10).HasColumnName("ReceiverZip");
            address.Property(a => a.Phone).HasMaxLength(30).HasColumnName("ReceiverPhone");
            address.Property(a => a.Mobile).HasMaxLength(20).HasColumnName("ReceiverMobile");
        });
        builder.OwnsOne(o => o.Donation, donation =>
        {
            donation.Property(d => d.DonorName).HasMaxLength(DonationDetails.DonorNameMaxLength).HasColumnName("DonorName");
            donation.Property(d => d.Message).HasMaxLength(DonationDetails.MessageMaxLength).HasColumnName("DonorMessage");
            donation.Property(d => d.IsAnonymous).HasColumnName("DonorIsAnonymous");
            donation.Property(d => d.MessageHidden).HasColumnName("DonorMessageHidden");
            donation.Property(d => d.AccessKey).HasMaxLength(DonationDetails.AccessKeyLength).HasColumnName("DonationAccessKey");
        });

        builder.HasMany(o => o.Lines).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(o => o.History).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(o => o.Shipments).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Shipments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(o => o.Refunds).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Refunds).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
