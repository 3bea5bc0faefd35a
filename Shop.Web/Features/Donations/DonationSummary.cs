namespace Shop.Web.Features.Donations;

public sealed record DonationSummary(decimal TotalReceived, int DonationCount, IReadOnlyList<RecentDonation> Recent);

/// <summary>One gift as the public sees it: no name for an anonymous donor, no message an admin hid.</summary>
public sealed record RecentDonation(string? DonorName, decimal Amount, string? Message, DateTime At);
