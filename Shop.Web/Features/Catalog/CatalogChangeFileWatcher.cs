namespace Shop.Web.Features.Catalog;

/// <summary>
/// Reads <see cref="CatalogChangeFile"/> every second while the shop runs on SQLite, and forgets the
/// catalog (<see cref="CatalogCache.InvalidateAsync"/>) whenever its stamp is not the one seen last.
/// The first reading forgets too when the file exists: whatever was cached before it (the shop may
/// serve requests before this service starts) could predate a command's change, and forgetting
/// once at start costs nothing. A reading costs one small file read: nothing per request.
/// </summary>
public sealed class CatalogChangeFileWatcher(
    CatalogChangeFile file, CatalogCache cache, ILogger<CatalogChangeFileWatcher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? seen = null;
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                var stamp = file.Read();
                if (stamp != seen)
                {
                    seen = stamp;
                    await cache.InvalidateAsync(CancellationToken.None);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Read again at the next tick; until then the stamp seen last stands.
                logger.LogWarning(e, "{File} could not be read", file.Path);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
