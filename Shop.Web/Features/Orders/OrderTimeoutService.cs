namespace Shop.Web.Features.Orders;

/// <summary>Runs <see cref="OrderTimeouts"/> every minute (<c>Checkout:TimeoutCheckSeconds</c>).</summary>
public class OrderTimeoutService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<OrderTimeoutService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Checkout:TimeoutCheckSeconds", 60));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
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
