using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Ordering;
using Shop.Web.Features.Mail;

namespace Shop.Web.Data.Configurations;

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.IdempotencyKey).HasMaxLength(OutboxMessage.KeyMaxLength).IsRequired();
        // The database, not the code, makes one event one message, whoever writes it.
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.Recipient).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Culture).HasMaxLength(10).IsRequired();
        builder.Property(m => m.OrderNumber).HasMaxLength(OrderNumber.Length);
        builder.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.LastErrorMaxLength);
        builder.HasIndex(m => m.OrderNumber);
        // The sender's question: what is unsent and due.
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
