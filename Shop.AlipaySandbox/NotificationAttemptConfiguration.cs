using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.AlipaySandbox;

public class NotificationAttemptConfiguration : IEntityTypeConfiguration<NotificationAttempt>
{
    public void Configure(EntityTypeBuilder<NotificationAttempt> builder)
    {
        builder.Property(a => a.Body).HasMaxLength(NotificationAttempt.BodyLength);
        builder.Property(a => a.Error).HasMaxLength(NotificationAttempt.BodyLength);
    }
}
