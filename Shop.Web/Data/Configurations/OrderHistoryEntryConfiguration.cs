using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Ordering;

namespace Shop.Web.Data.Configurations;

public class OrderHistoryEntryConfiguration : IEntityTypeConfiguration<OrderHistoryEntry>
{
    public void Configure(EntityTypeBuilder<OrderHistoryEntry> builder)
    {
        builder.Property(h => h.Event).HasConversion<string>().HasMaxLength(40);
        builder.Property(h => h.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.PaymentState).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Detail).HasMaxLength(1100);
    }
}
