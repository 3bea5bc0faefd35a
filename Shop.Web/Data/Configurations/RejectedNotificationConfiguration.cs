using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Web.Features.Payments;

namespace Shop.Web.Data.Configurations;

public class RejectedNotificationConfiguration : IEntityTypeConfiguration<RejectedNotification>
{
    public void Configure(EntityTypeBuilder<RejectedNotification> builder)
    {
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Reason).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Detail).HasMaxLength(RejectedNotification.DetailMaxLength);
        builder.Property(r => r.OutTradeNo).HasMaxLength(64);
        builder.Property(r => r.RawText).HasMaxLength(RejectedNotification.RawTextMaxLength);
        builder.Property(r => r.RemoteAddress).HasMaxLength(64);
        builder.HasIndex(r => r.ReceivedAt);
        builder.HasIndex(r => r.OutTradeNo);
    }
}
