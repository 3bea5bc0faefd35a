using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.AlipaySandbox;

public class SandboxMailConfiguration : IEntityTypeConfiguration<SandboxMail>
{
    public void Configure(EntityTypeBuilder<SandboxMail> builder)
    {
        builder.ToTable("Mails");
        builder.Property(m => m.From).HasMaxLength(SandboxMail.AddressMaxLength).IsRequired();
        builder.Property(m => m.To).HasMaxLength(SandboxMail.AddressMaxLength).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(SandboxMail.SubjectMaxLength).IsRequired();
        builder.Property(m => m.Mime).IsRequired();
        builder.HasIndex(m => m.ReceivedAt);
    }
}
