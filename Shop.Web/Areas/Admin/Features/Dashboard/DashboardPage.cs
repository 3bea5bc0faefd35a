using Shop.Web.Components;

namespace Shop.Web.Areas.Admin.Features.Dashboard;

/// <summary>The admin's home: money in today and this month, the work waiting, and the last days' payments.</summary>
public sealed record DashboardPage(
    PaidTotal SalesToday,
    PaidTotal SalesThisMonth,
    PaidTotal DonationsToday,
    PaidTotal DonationsThisMonth,
    int WaitingForShipment,
    int PendingPayments,
    int NeedingAttention,
    IReadOnlyList<DayPaidAmounts> Days)
{
    /// <summary>Refunds Alipay confirmed today and this month (China time), by the day of its result.</summary>
    public PaidTotal RefundsToday { get; init; } = new(0m, 0);

    public PaidTotal RefundsThisMonth { get; init; } = new(0m, 0);
}
