using Npgsql;

namespace Shop.Web.Features.Instances;

/// <summary>
/// Carries <see cref="PostgresShopSignals"/> between instances: one dedicated connection LISTENs
/// (and is opened again whenever it breaks), and what this instance publishes goes out with
/// <c>pg_notify</c>, which PostgreSQL delivers to every listener. A signal lost while the
/// connection was down is made good by the readers themselves (open order pages re-read the
/// database every few seconds).
/// </summary>
public sealed class PostgresSignalRelay(
    NpgsqlDataSource dataSource, PostgresShopSignals signals, ILogger<PostgresSignalRelay> logger) : BackgroundService
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(30);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ListenAsync(stoppingToken), SendAsync(stoppingToken));

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => signals.Receive(e.Payload);
                await ExecuteAsync(connection, $"LISTEN {PostgresShopSignals.DatabaseChannel}", stoppingToken);
                while (true)
                {
                    if (!await connection.WaitAsync(IdleCheck, stoppingToken))
                    {
                        // Nothing came for a while: make sure the connection is still alive.
                        await ExecuteAsync(connection, "SELECT 1", stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Listening for other instances' signals stopped; connecting again in {Delay}", ReconnectDelay);
                try
                {
                    await Task.Delay(ReconnectDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await signals.Outgoing.WaitToReadAsync(stoppingToken))
            {
                try
                {
                    await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                    await signals.SendWaitingAsync(connection, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "A signal could not be sent to the other instances; they catch up by reading the database");
                    await Task.Delay(ReconnectDelay, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
