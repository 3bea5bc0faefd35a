using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.AlipaySandbox;

public class NotificationFaultConfiguration : IEntityTypeConfiguration<NotificationFault>
{
    public void Configure(EntityTypeBuilder<NotificationFault> builder)
    {
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        // Two notifications created at once must not both use the last one.
        builder.Property(f => f.Remaining).IsConcurrencyToken();
    }
}
