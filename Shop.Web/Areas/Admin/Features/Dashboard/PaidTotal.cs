namespace Shop.Web.Areas.Admin.Features.Dashboard;

/// <summary>What was paid in a period, and in how many orders.</summary>
public sealed record PaidTotal(decimal Amount, int Count);
