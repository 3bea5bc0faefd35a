using Microsoft.Extensions.Caching.Memory;
using Shop.Web.Features.Catalog;
using Shop.Web.Features.Instances;

namespace Shop.Web.Features.Cart;

/// <summary>
/// The header's cart count of each cart, kept between pages: the count depends on the cart's lines
/// and on the catalog (lines that can no longer be bought are left out, quantities capped by
/// stock), so a count is kept for one <see cref="CatalogCache.Generation"/> and forgotten when its
/// cart changes (<see cref="Forget"/>, called by <see cref="ShoppingCart"/> after every change it
/// saves, on every instance through <see cref="ShopSignals"/>). One for the app.
/// </summary>
public sealed class CartCounts : IDisposable
{
    /// <summary>The <see cref="ShopSignals"/> channel on which instances tell each other a cart changed.</summary>
    public const string Channel = "cart";

    /// <summary>Carts whose count is kept at most, which bounds the memory (a few dozen bytes each).</summary>
    private const int MaxEntries = 20_000;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _counts = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private readonly CatalogCache _catalog;
    private readonly ShopSignals _signals;
    private readonly IDisposable _subscription;
    private long _changes;

    public CartCounts(CatalogCache catalog, ShopSignals signals)
    {
        _catalog = catalog;
        _signals = signals;
        _subscription = signals.Subscribe(Channel, Remove);
    }

    /// <summary>The count kept for the cart of <paramref name="owner"/>, or the one <paramref name="load"/> reads.</summary>
    public async Task<int> GetOrLoadAsync(string owner, Func<Task<int>> load)
    {
        // Both taken before reading: a count read while its cart or the catalog changes is not kept.
        var changes = Interlocked.Read(ref _changes);
        var generation = _catalog.Generation;
        if (_counts.TryGetValue(owner, out KeptCount? kept) && kept!.Generation == generation)
        {
            return kept.Count;
        }
        var count = await load();
        if (Interlocked.Read(ref _changes) == changes)
        {
            _counts.Set(owner, new KeptCount(count, generation), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
            if (Interlocked.Read(ref _changes) != changes)
            {
                // A cart changed between the check and the keeping: it may have been this one.
                _counts.Remove(owner);
            }
        }
        return count;
    }

    /// <summary>The cart of <paramref name="owner"/> changed: every instance reads its count again. Call it after the change is committed.</summary>
    public void Forget(string owner) => _signals.Publish(Channel, owner);

    public void Dispose()
    {
        _subscription.Dispose();
        _counts.Dispose();
    }

    private void Remove(string owner)
    {
        Interlocked.Increment(ref _changes);
        _counts.Remove(owner);
    }

    private sealed record KeptCount(int Count, long Generation);
}
