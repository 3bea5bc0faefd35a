using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Shipping;

namespace Shop.Web.Data.Configurations;

public class SavedAddressConfiguration : IEntityTypeConfiguration<SavedAddress>
{
    public void Configure(EntityTypeBuilder<SavedAddress> builder)
    {
        builder.HasIndex(a => a.UserId);
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsOne(a => a.Address, address =>
        {
            address.Property(a => a.ReceiverName).HasMaxLength(ShippingAddressRules.NameMaxLength).HasColumnName("ReceiverName").IsRequired();
            address.Property(a => a.Address).HasMaxLength(ShippingAddressRules.AddressMaxLength).HasColumnName("ReceiverAddress").IsRequired();
            address.Property(a => a.Zip).HasMaxLength(10).HasColumnName("ReceiverZip").IsRequired();
            address.Property(a => a.Phone).HasMaxLength(30).HasColumnName("ReceiverPhone");
            address.Property(a => a.Mobile).HasMaxLength(20).HasColumnName("ReceiverMobile");
        });
        builder.Navigation(a => a.Address).IsRequired();
    }
}
