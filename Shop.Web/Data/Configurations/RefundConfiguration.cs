using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;

namespace Shop.Web.Data.Configurations;

public class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.Property(r => r.BatchNo).HasMaxLength(RefundBatchNumber.MaxLength).IsRequired();
        // Alipay refuses a batch_no used before, even after a refusal: the database guarantees it.
        builder.HasIndex(r => r.BatchNo).IsUnique();
        builder.Property(r => r.Amount).HasPrecision(12, 2);
        builder.Property(r => r.Reason).HasMaxLength(Refund.ReasonMaxLength).IsRequired();
        builder.Property(r => r.RequestedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ResultCode).HasMaxLength(Refund.ResultCodeMaxLength);
        builder.HasIndex(r => r.RequestedAt);
    }
}
