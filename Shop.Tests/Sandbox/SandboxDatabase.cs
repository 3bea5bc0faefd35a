using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.AlipaySandbox;

namespace Shop.Tests.Sandbox;

/// <summary>Reads the sandbox's own database of a running test host, the way its console would.</summary>
public static class SandboxDatabase
{
    public static async Task<T> ReadSandboxAsync<T>(this WebApplicationFactory<Program> factory, Func<SandboxDbContext, Task<T>> read)
    {
        using var scope = factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<SandboxDbContext>());
    }

    public static Task<SandboxTrade> TradeAsync(this WebApplicationFactory<Program> factory, string tradeNo) =>
        factory.ReadSandboxAsync(db => db.Trades.AsNoTracking().SingleAsync(t => t.TradeNo == tradeNo));

    /// <summary>The trade's notifications in the order they were created, with their attempts.</summary>
    public static Task<List<SandboxNotification>> NotificationsAsync(this WebApplicationFactory<Program> factory, string tradeNo) =>
        factory.ReadSandboxAsync(db => db.Notifications.AsNoTracking()
            .Include(n => n.Attempts)
            .Where(n => db.Trades.Any(t => t.Id == n.TradeId && t.TradeNo == tradeNo))
            .OrderBy(n => n.Id)
            .ToListAsync());
}
