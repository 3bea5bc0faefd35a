using Microsoft.Extensions.Localization;
using Shop.Web.Security;

namespace Shop.Web.Features.Orders;

/// <summary>What a buyer is told when a cap on unpaid orders refuses a new one: what to do about it.</summary>
public static class UnpaidOrderLimitText
{
    public static string Describe(UnpaidOrderLimit limit, RateLimitOptions options, IStringLocalizer localizer) => limit switch
    {
        UnpaidOrderLimit.Account => localizer[
            "You already have {0} orders waiting for payment. Please pay or cancel one of them in My orders before placing a new one.",
            options.MaxUnpaidOrdersPerAccount],
        _ => localizer[
            "Too many orders placed from your network are waiting for payment. Please pay or cancel an open order, or try again once unpaid orders have closed."],
    };
}
