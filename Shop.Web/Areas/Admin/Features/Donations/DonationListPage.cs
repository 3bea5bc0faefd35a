using Shop.Domain.Ordering;

namespace Shop.Web.Areas.Admin.Features.Donations;

/// <summary>One page of donations, newest first, with what was received per day and in all.</summary>
public sealed record DonationListPage(
    IReadOnlyList<Order> Donations,
    int TotalCount,
    int Page,
    int TotalPages,
    IReadOnlyList<DonationDay> Days,
    decimal TotalReceived,
    int ReceivedCount);
