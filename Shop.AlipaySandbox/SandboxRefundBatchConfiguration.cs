using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

public class SandboxRefundBatchConfiguration : IEntityTypeConfiguration<SandboxRefundBatch>
{
    public void Configure(EntityTypeBuilder<SandboxRefundBatch> builder)
    {
        builder.ToTable("RefundBatches");
        builder.Property(b => b.Partner).HasMaxLength(16).IsRequired();
        builder.Property(b => b.BatchNo).HasMaxLength(RefundBatchNumber.MaxLength).IsRequired();
        // A batch_no is used once per partner, even when the batch was refused or never confirmed.
        builder.HasIndex(b => new { b.Partner, b.BatchNo }).IsUnique();
        builder.Property(b => b.Charset).HasMaxLength(10).IsRequired();
        builder.Property(b => b.NotifyUrl).HasMaxLength(200);
        builder.Ignore(b => b.Records);
        builder.Ignore(b => b.IsConfirmed);
    }
}
