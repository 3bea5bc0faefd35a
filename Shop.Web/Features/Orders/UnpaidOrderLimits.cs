using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Security;

namespace Shop.Web.Features.Orders;

/// <summary>Which cap on open unpaid orders a new order would break.</summary>
public enum UnpaidOrderLimit
{
    None,

    /// <summary><c>RateLimits:MaxUnpaidOrdersPerAccount</c>: the buyer's account has that many orders waiting for payment.</summary>
    Account,

    /// <summary><c>RateLimits:MaxUnpaidOrdersPerAddress</c>: that many orders waiting for payment were placed from the client's address.</summary>
    Address,
}

/// <summary>
/// Caps the orders waiting for payment (donations included) per account and per client address,
/// so that stock and code pools cannot be held by orders nobody pays. Asked inside the placing
/// transaction: SQLite starts it as the one writer, so two placements cannot both pass the cap.
/// </summary>
public class UnpaidOrderLimits(ShopDbContext db, IOptionsMonitor<RateLimitOptions> options, TimeProvider clock)
{
    public async Task<UnpaidOrderLimit> ReachedAsync(string? userId, string clientAddress)
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled)
        {
            return UnpaidOrderLimit.None;
        }
        // An order past its deadline can no longer be paid: the timeout service closes it soon.
        var now = clock.GetUtcNow().UtcDateTime;
        var open = db.Orders.Where(o => o.Status == OrderStatus.PendingPayment && o.PaymentState == PaymentState.Unpaid && o.PayBefore > now);
        if (userId is not null && await open.CountAsync(o => o.UserId == userId) >= settings.MaxUnpaidOrdersPerAccount)
        {
            return UnpaidOrderLimit.Account;
        }
        return await open.CountAsync(o => o.ClientAddress == clientAddress) >= settings.MaxUnpaidOrdersPerAddress
            ? UnpaidOrderLimit.Address
            : UnpaidOrderLimit.None;
    }
}
