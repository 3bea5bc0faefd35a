using Shop.Web.Features.Instances;

namespace Shop.Web.Features.Orders;

/// <summary>Runs <see cref="OrderTimeouts"/> every minute (<c>Checkout:TimeoutCheckSeconds</c>).</summary>
public class OrderTimeoutService(IServiceScopeFactory scopes, ShopLocks locks, IConfiguration configuration, ILogger<OrderTimeoutService> logger)
    : BackgroundService
{
    public const string JobName = "order-timeouts";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Checkout:TimeoutCheckSeconds", 60));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Order timeouts failed this round; the next round tries again");
            }
        }
    }

    /// <summary>
    /// One round, if no other instance is running one (README: Running several instances); false
    /// when it was skipped for that reason.
    /// </summary>
    public async Task<bool> RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var lease = await locks.TryAcquireJobAsync(JobName, cancellationToken);
        if (lease is null)
        {
            return false;
        }
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<OrderTimeouts>().RunOnceAsync(cancellationToken);
        return true;
    }
}
