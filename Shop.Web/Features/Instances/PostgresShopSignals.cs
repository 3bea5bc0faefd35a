using System.Threading.Channels;
using Npgsql;

namespace Shop.Web.Features.Instances;

/// <summary>
/// <see cref="ShopSignals"/> across instances on one PostgreSQL database: this instance hears a
/// signal at once, and <see cref="PostgresSignalRelay"/> sends it to the others with
/// <c>pg_notify</c> and hands over what they send. Each process marks its own signals, so it does
/// not hear them twice.
/// </summary>
public sealed class PostgresShopSignals(ILogger<PostgresShopSignals> logger) : ShopSignals
{
    public const string DatabaseChannel = "shop_signals";

    private readonly string _sender = Guid.NewGuid().ToString("N");
    private readonly Channel<string> _outgoing = Channel.CreateBounded<string>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    /// <summary>The payloads waiting for <c>pg_notify</c>: "sender\nchannel\nkey".</summary>
    public ChannelReader<string> Outgoing => _outgoing.Reader;

    /// <summary>
    /// Sends every waiting payload with <c>pg_notify</c>, which PostgreSQL delivers to every listener:
    /// the relay's work in a running shop, and a command's before it exits (a command runs no relay).
    /// </summary>
    public async Task SendWaitingAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        while (_outgoing.Reader.TryRead(out var payload))
        {
            await using var command = new NpgsqlCommand("SELECT pg_notify($1, $2)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = DatabaseChannel });
            command.Parameters.Add(new NpgsqlParameter { Value = payload });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    protected override void SendToOtherInstances(string channel, string key) =>
        _outgoing.Writer.TryWrite($"{_sender}\n{channel}\n{key}");

    /// <summary>A payload that came through LISTEN: delivered here unless this process sent it.</summary>
    public void Receive(string payload)
    {
        var parts = payload.Split('\n', 3);
        if (parts.Length == 3 && parts[0] != _sender)
        {
            Deliver(parts[1], parts[2]);
        }
    }

    protected override void OnHandlerFailed(string channel, string key, Exception exception) =>
        logger.LogError(exception, "A listener of {Channel} failed on {Key}", channel, key);
}
