namespace Shop.Web.Features.Instances;

/// <summary><see cref="ShopSignals"/> within this process: where one process owns the database (SQLite).</summary>
public sealed class InProcessShopSignals(ILogger<InProcessShopSignals> logger) : ShopSignals
{
    protected override void SendToOtherInstances(string channel, string key)
    {
        // There are none: one process per SQLite file.
    }

    protected override void OnHandlerFailed(string channel, string key, Exception exception) =>
        logger.LogError(exception, "A listener of {Channel} failed on {Key}", channel, key);
}
