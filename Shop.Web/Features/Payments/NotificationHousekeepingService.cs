using Shop.Web.Features.Instances;

namespace Shop.Web.Features.Payments;

/// <summary>Runs <see cref="NotificationHousekeeping"/> at start and then every minute.</summary>
public class NotificationHousekeepingService(IServiceScopeFactory scopes, ShopLocks locks, ILogger<NotificationHousekeepingService> logger) : BackgroundService
{
    private const string JobName = "notification-housekeeping";

    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
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
                await scope.ServiceProvider.GetRequiredService<NotificationHousekeeping>().RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Notification housekeeping failed this round; the next round tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
