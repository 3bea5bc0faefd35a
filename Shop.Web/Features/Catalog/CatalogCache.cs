using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Shop.Web.Features.Instances;

namespace Shop.Web.Features.Catalog;

/// <summary>
/// What the shop keeps of its catalog between requests, and the one way to forget it: the pages
/// every visitor is served from the output cache (<see cref="CatalogPagePolicy"/>) and the
/// catalog data every visitor's pages are drawn from (listing pages, counts, product pages).
/// <see cref="InvalidateAsync"/> is called after every change of the catalog
/// (<see cref="CatalogChangeInterceptor"/> for every save, the bulk import for its own writes): the
/// next request reads the database again. Everything is forgotten at once rather than entry by
/// entry: a price shows on the product page, its category's pages, the catalog's pages and the home
/// page, in every sort and language, and changes are rare next to views.
/// Cached data is read-only: products handed out from here are shared by concurrent requests.
/// One for the app.
/// </summary>
public sealed class CatalogCache : IDisposable
{
    /// <summary>The output cache's tag of every cached catalog page.</summary>
    public const string OutputCacheTag = "catalog";

    /// <summary>The <see cref="ShopSignals"/> channel on which instances tell each other the catalog changed.</summary>
    public const string Channel = "catalog";

    /// <summary>How long an entry is kept at most, in case a signal from another instance was lost.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Entries of data kept at most (each a page of products, a count or a product page), which bounds its memory.</summary>
    private const int MaxEntries = 2_000;

    private readonly IOutputCacheStore _outputCache;
    private readonly ShopSignals _signals;
    private readonly IDisposable _subscription;
    private readonly MemoryCache _data = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private CancellationTokenSource _changes = new();
    private long _generation;

    public CatalogCache(IOutputCacheStore outputCache, ShopSignals signals)
    {
        _outputCache = outputCache;
        _signals = signals;
        _subscription = signals.Subscribe(Channel, _ => Forget());
    }

    /// <summary>
    /// How many times the catalog changed: part of the output cache's key, so that a page rendered
    /// from data read before a change, and stored after it, is never served.
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// The key of a page's rendered body in the views' <c>&lt;cache&gt;</c> (with the language): the
    /// same for every visitor, signed in or not, since the body holds nothing of theirs (its forms'
    /// tokens are placeholders, <see cref="CachedPageVisitorParts"/>), and new with every change of the catalog.
    /// </summary>
    public string PageKey(HttpContext context) => $"{Generation}{context.Request.Path}{context.Request.QueryString}";

    /// <summary>The value kept under <paramref name="key"/>, or the one <paramref name="load"/> reads, kept until the catalog changes.</summary>
    public async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load)
    {
        // Taken before reading: data read while the catalog changes is forgotten at once.
        var changes = Volatile.Read(ref _changes).Token;
        if (_data.TryGetValue(key, out T? kept))
        {
            return kept!;
        }
        var value = await load();
        using (var entry = _data.CreateEntry(key))
        {
            entry.Value = value;
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            entry.AddExpirationToken(new CancellationChangeToken(changes));
        }
        return value;
    }

    /// <summary>
    /// The catalog changed: every instance of the shop (this one at once, others through
    /// <see cref="ShopSignals"/>) reads every page and every piece of data again on next use.
    /// </summary>
    public Task InvalidateAsync(CancellationToken cancellationToken = default)
    {
        _signals.Publish(Channel, "*");
        return Task.CompletedTask;
    }

    private void Forget()
    {
        Interlocked.Increment(ref _generation);
        var previous = Interlocked.Exchange(ref _changes, new CancellationTokenSource());
        // Not disposed: a request may be registering on its token at this moment.
        previous.Cancel();
        // The in-memory store evicts synchronously; the generation in every page's key already
        // keeps an older page from being served meanwhile.
        _ = _outputCache.EvictByTagAsync(OutputCacheTag, CancellationToken.None).AsTask();
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _data.Dispose();
        _changes.Dispose();
    }
}
