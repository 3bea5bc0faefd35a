using Shop.Domain.Ordering;
using Shop.Web.Features.Orders;

namespace Shop.Web.Features.Donations;

/// <summary>The donation written, or the cap on unpaid orders that refused it.</summary>
public sealed record PlaceDonationResult(Order? Order, UnpaidOrderLimit RefusedBy);
