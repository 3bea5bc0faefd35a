using Shop.Web.Features.Instances;

namespace Shop.Web.Features.Orders;

/// <summary>Runs <see cref="OrderTimeouts"/> every minute (<c>Checkout:TimeoutCheckSeconds</c>).</summary>
public class OrderTimeoutService(IServiceScopeFactory scopes, ShopLocks locks, IConfiguration configuration, ILogger<OrderTimeoutService> logger)
    : BackgroundService
{
    private const string JobName = "order-timeouts";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Checkout:TimeoutCheckSeconds", 60));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // One instance at a time runs a round; the others skip it (README: Running several instances).
                await using var lease = await locks.TryAcquireJobAsync(JobName, stoppingToken);
                if (lease is null)
                {
                    continue;
                }
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<OrderTimeouts>().RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Order timeouts failed this round; the next round tries again");
            }
        }
    }
}
