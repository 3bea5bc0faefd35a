namespace Shop.Web.Features.Donations;

public sealed record DonatePage(DonationForm Form, IReadOnlyList<decimal> Presets, decimal MaxAmount, string? AmountError, DonationSummary Summary);
