namespace Shop.Web.Features.Donations;

/// <summary>The donation form, as posted to <c>POST /donate</c>.</summary>
public class DonationForm
{
    public string? Amount { get; set; }
    public string? DonorName { get; set; }
    public string? Message { get; set; }
    public bool Anonymous { get; set; }

    /// <summary>Where the receipt goes; stored with the donation, never shown publicly.</summary>
    public string? Email { get; set; }

    public const int EmailMaxLength = 256;
}
