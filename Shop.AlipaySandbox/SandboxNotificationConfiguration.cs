using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.AlipaySandbox;

public class SandboxNotificationConfiguration : IEntityTypeConfiguration<SandboxNotification>
{
    public void Configure(EntityTypeBuilder<SandboxNotification> builder)
    {
        builder.Property(n => n.NotifyId).HasMaxLength(IssuedNotifyId.MaxLength).IsRequired();
        builder.Property(n => n.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.TradeStatus).HasMaxLength(30);
        builder.Property(n => n.Charset).HasMaxLength(10).IsRequired();
        builder.Property(n => n.NotifyUrl).HasMaxLength(190).IsRequired();
        builder.Property(n => n.Parameters).IsRequired();
        builder.Property(n => n.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Faults).HasMaxLength(100);
        builder.Ignore(n => n.InputCharset);
        builder.Ignore(n => n.InjectedFaults);
        builder.HasIndex(n => new { n.State, n.NextAttemptAt });
        builder.HasIndex(n => n.NotifyId);
        builder.HasMany(n => n.Attempts).WithOne().HasForeignKey(a => a.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
