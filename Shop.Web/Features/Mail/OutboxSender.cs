using Microsoft.Extensions.Options;

namespace Shop.Web.Features.Mail;

/// <summary>
/// Sends the outbox in the background, a round every <c>Mail:PollIntervalMilliseconds</c>.
/// Without <c>Mail:Host</c> it says so once at start and sends nothing; the messages wait.
/// </summary>
public class OutboxSender(IServiceScopeFactory scopes, IOptionsMonitor<MailOptions> options, ILogger<OutboxSender> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.IsConfigured)
        {
            logger.LogWarning("Mail:Host is not set: the shop sends no mail. Messages wait in the outbox until it is.");
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The mail round failed; the next one tries again");
            }

            try
            {
                await Task.Delay(Math.Max(10, options.CurrentValue.PollIntervalMilliseconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
