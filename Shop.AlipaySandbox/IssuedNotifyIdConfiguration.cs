using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.AlipaySandbox;

public class IssuedNotifyIdConfiguration : IEntityTypeConfiguration<IssuedNotifyId>
{
    public void Configure(EntityTypeBuilder<IssuedNotifyId> builder)
    {
        builder.HasKey(n => n.Value);
        builder.Property(n => n.Value).HasMaxLength(IssuedNotifyId.MaxLength);
        builder.Property(n => n.Partner).HasMaxLength(16).IsRequired();
        builder.Property(n => n.Channel).HasConversion<string>().HasMaxLength(10);
    }
}
