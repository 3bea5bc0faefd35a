using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Ordering;
using Shop.Web.Features.Payments;

namespace Shop.Web.Data.Configurations;

public class PaymentNotificationConfiguration : IEntityTypeConfiguration<PaymentNotification>
{
    public void Configure(EntityTypeBuilder<PaymentNotification> builder)
    {
        builder.Property(n => n.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(n => n.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Charset).HasMaxLength(10);
        builder.Property(n => n.NotifyId).HasMaxLength(200);
        builder.Property(n => n.OutTradeNo).HasMaxLength(64);
        builder.Property(n => n.TradeNo).HasMaxLength(64);
        builder.Property(n => n.TradeStatus).HasMaxLength(64);
        builder.Property(n => n.RefundStatus).HasMaxLength(64);
        builder.Property(n => n.Fingerprint).HasMaxLength(64);
        builder.Property(n => n.Detail).HasMaxLength(1000);
        builder.HasIndex(n => n.OutTradeNo);
        builder.HasIndex(n => new { n.NotifyId, n.Fingerprint });
        builder.HasOne<Order>().WithMany().HasForeignKey(n => n.OrderId).OnDelete(DeleteBehavior.SetNull);
    }
}
