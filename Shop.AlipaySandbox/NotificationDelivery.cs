using Microsoft.Extensions.Options;

namespace Shop.AlipaySandbox;

/// <summary>
/// The sandbox's clock work, every <c>Alipay:Sandbox:PollIntervalMilliseconds</c>: closes
/// trades that timed out, then sends the notifications that are due. Everything it needs is in
/// the sandbox database, so retries that were due while the app was down go out after a restart.
/// </summary>
public class NotificationDelivery(
    IServiceScopeFactory scopes, IOptions<SandboxOptions> options, ILogger<NotificationDelivery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(1, options.Value.PollIntervalMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<TradeExpiry>().CloseOverdueAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<NotificationSender>().SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The next round tries again; one broken notification must not stop the others for good.
                logger.LogError(e, "Sandbox notification delivery failed; trying again in {Interval}", interval);
            }

            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
