namespace Shop.Web.Features.Instances;

/// <summary>
/// Short messages to every instance of the shop, this one included: a channel name ("order", and
/// any per-instance cache's own) and a key (an order number, a product id). Open order pages listen
/// to "order"; a cache listens to its channel to drop what another instance changed. On SQLite they
/// stay in this process; on PostgreSQL they travel through LISTEN/NOTIFY
/// (docs/architecture.md: Several instances). A signal says only that something changed: listeners read the database again.
/// </summary>
public abstract class ShopSignals
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Action<string>>> _handlers = new(StringComparer.Ordinal);

    /// <summary>
    /// Tells every instance that <paramref name="key"/> changed on <paramref name="channel"/>. Call it
    /// after the change is saved: listeners read it then. This instance hears it at once.
    /// </summary>
    public void Publish(string channel, string key)
    {
        Deliver(channel, key);
        SendToOtherInstances(channel, key);
    }

    /// <summary>Calls <paramref name="handler"/> with every key published on the channel, until disposed.</summary>
    public IDisposable Subscribe(string channel, Action<string> handler)
    {
        lock (_gate)
        {
            if (!_handlers.TryGetValue(channel, out var handlers))
            {
                _handlers[channel] = handlers = [];
            }
            handlers.Add(handler);
        }
        return new Subscription(this, channel, handler);
    }

    protected abstract void SendToOtherInstances(string channel, string key);

    /// <summary>Runs the channel's handlers; a failing handler does not keep the others from hearing.</summary>
    protected void Deliver(string channel, string key)
    {
        Action<string>[] handlers;
        lock (_gate)
        {
            handlers = _handlers.TryGetValue(channel, out var list) ? [.. list] : [];
        }
        foreach (var handler in handlers)
        {
            try
            {
                handler(key);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                OnHandlerFailed(channel, key, e);
            }
        }
    }

    protected abstract void OnHandlerFailed(string channel, string key, Exception exception);

    private void Unsubscribe(string channel, Action<string> handler)
    {
        lock (_gate)
        {
            if (_handlers.TryGetValue(channel, out var handlers))
            {
                handlers.Remove(handler);
            }
        }
    }

    private sealed class Subscription(ShopSignals signals, string channel, Action<string> handler) : IDisposable
    {
        public void Dispose() => signals.Unsubscribe(channel, handler);
    }
}
