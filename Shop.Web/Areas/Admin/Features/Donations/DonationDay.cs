namespace Shop.Web.Areas.Admin.Features.Donations;

/// <summary>The gifts received on one day in China.</summary>
public sealed record DonationDay(DateOnly Day, decimal Amount, int Count);
