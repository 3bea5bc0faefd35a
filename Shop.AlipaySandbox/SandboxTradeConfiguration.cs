using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

public class SandboxTradeConfiguration : IEntityTypeConfiguration<SandboxTrade>
{
    // Statuses are stored in the protocol's spelling, as the console and the notifications show them.
    private static readonly ValueConverter<TradeStatus, string> TradeStatusName = new(
        status => AlipayStatusNames.NameOf(status),
        name => AlipayStatusNames.ParseTradeStatus(name)!.Value);

    private static readonly ValueConverter<RefundStatus, string> RefundStatusName = new(
        status => AlipayStatusNames.NameOf(status),
        name => AlipayStatusNames.ParseRefundStatus(name)!.Value);

    public void Configure(EntityTypeBuilder<SandboxTrade> builder)
    {
        builder.Property(t => t.TradeNo).HasMaxLength(TradeNumber.Length).IsRequired();
        builder.HasIndex(t => t.TradeNo).IsUnique();
        builder.Property(t => t.Charset).HasMaxLength(10).IsRequired();
        builder.Property(t => t.Status).HasConversion(TradeStatusName).HasMaxLength(30);
        builder.Property(t => t.RefundStatus).HasConversion(RefundStatusName).HasMaxLength(30);
        builder.Property(t => t.AdjustedTotalFee).HasPrecision(12, 2);
        builder.Property(t => t.RefundedAmount).HasPrecision(12, 2);
        builder.Property(t => t.BuyerId).HasMaxLength(16);
        builder.Property(t => t.BuyerEmail).HasMaxLength(100);
        builder.Property(t => t.LogisticsName).HasMaxLength(100);
        builder.Property(t => t.InvoiceNo).HasMaxLength(100);
        builder.Property(t => t.TransportType).HasMaxLength(10);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => t.Status);

        builder.OwnsOne(t => t.Request, request =>
        {
            request.Property(r => r.Service).HasMaxLength(64).HasColumnName("Service");
            request.Property(r => r.Partner).HasMaxLength(16).HasColumnName("Partner");
            request.Property(r => r.OutTradeNo).HasMaxLength(64).HasColumnName("OutTradeNo");
            request.Property(r => r.Subject).HasMaxLength(256).HasColumnName("Subject");
            request.Property(r => r.Body).HasMaxLength(1000).HasColumnName("Body");
            request.Property(r => r.PaymentType).HasMaxLength(4).HasColumnName("PaymentType");
            request.Property(r => r.Price).HasPrecision(12, 2).HasColumnName("Price");
            request.Property(r => r.Quantity).HasColumnName("Quantity");
            request.Property(r => r.TotalFee).HasPrecision(12, 2).HasColumnName("RequestedTotalFee");
            request.Property(r => r.LogisticsType).HasMaxLength(10).HasColumnName("LogisticsType");
            request.Property(r => r.LogisticsFee).HasPrecision(12, 2).HasColumnName("LogisticsFee");
            request.Property(r => r.LogisticsPayment).HasMaxLength(30).HasColumnName("LogisticsPayment");
            request.Property(r => r.ReceiveName).HasMaxLength(100).HasColumnName("ReceiveName");
            request.Property(r => r.ReceiveAddress).HasMaxLength(300).HasColumnName("ReceiveAddress");
            request.Property(r => r.ReceiveZip).HasMaxLength(20).HasColumnName("ReceiveZip");
            request.Property(r => r.ReceivePhone).HasMaxLength(50).HasColumnName("ReceivePhone");
            request.Property(r => r.ReceiveMobile).HasMaxLength(50).HasColumnName("ReceiveMobile");
            request.Property(r => r.SellerId).HasMaxLength(16).HasColumnName("SellerId");
            request.Property(r => r.SellerEmail).HasMaxLength(100).HasColumnName("SellerEmail");
            request.Property(r => r.NotifyUrl).HasMaxLength(190).HasColumnName("NotifyUrl");
            request.Property(r => r.ReturnUrl).HasMaxLength(200).HasColumnName("ReturnUrl");
            request.Property(r => r.ShowUrl).HasMaxLength(400).HasColumnName("ShowUrl");
            request.Property(r => r.ItBPay).HasMaxLength(10).HasColumnName("ItBPay");
            request.Property(r => r.ExtraCommonParam).HasMaxLength(100).HasColumnName("ExtraCommonParam");
            // out_trade_no is unique per merchant (docs/alipay-protocol.md §3).
            request.HasIndex(r => new { r.Partner, r.OutTradeNo }).IsUnique();
        });
        builder.Navigation(t => t.Request).IsRequired();

        builder.HasMany(t => t.Notifications).WithOne().HasForeignKey(n => n.TradeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<NotificationFault>().WithOne().HasForeignKey(f => f.TradeId).OnDelete(DeleteBehavior.Cascade);
    }
}
