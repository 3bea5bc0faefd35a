namespace Shop.Web.Features.Donations;

/// <summary>The <c>Donations</c> configuration section.</summary>
public class DonationOptions
{
    public const string Section = "Donations";

    /// <summary>Amounts offered with one click; the donor may always type another.</summary>
    public List<decimal> Presets { get; set; } = [];

    public decimal MaxAmount { get; set; } = 50000m;
}
