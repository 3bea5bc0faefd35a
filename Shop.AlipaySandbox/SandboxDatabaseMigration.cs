using Microsoft.EntityFrameworkCore;

namespace Shop.AlipaySandbox;

/// <summary>
/// Applies the sandbox's migrations to its own database when the app starts: hosted services
/// start before the server takes requests, and this one before <see cref="NotificationDelivery"/>.
/// </summary>
public class SandboxDatabaseMigration(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SandboxDbContext>().Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
