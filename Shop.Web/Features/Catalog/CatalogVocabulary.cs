using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Catalog.Search;
using Shop.Web.Data;

namespace Shop.Web.Features.Catalog;

/// <summary>
/// The words of the published catalog for "did you mean" (<see cref="SearchVocabulary"/>): made on
/// first use, and made again on the next use after a product or category changed
/// (<see cref="Data.Search.SearchIndexInterceptor"/> says so) or after <see cref="Lifetime"/>, for
/// changes made by another instance of the shop. One for the app.
/// </summary>
public sealed class CatalogVocabulary(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _making = new(1, 1);
    private volatile Made? _made;
    private int _changes;

    /// <summary>The catalog changed: the words are made again when next asked for.</summary>
    public void Invalidate() => Interlocked.Increment(ref _changes);

    public async Task<SearchVocabulary> GetAsync(CancellationToken cancellationToken = default)
    {
        if (Current() is { } current)
        {
            return current;
        }
        await _making.WaitAsync(cancellationToken);
        try
        {
            if (Current() is { } madeMeanwhile)
            {
                return madeMeanwhile;
            }
            var changes = Volatile.Read(ref _changes);
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
            // Streamed: 100,000 products held at once would be most of the shop's memory.
            var vocabulary = new SearchVocabulary([]);
            var products = db.Products.AsNoTracking().Include(p => p.Category).Where(p => p.IsPublished).AsAsyncEnumerable();
            await foreach (var product in products.WithCancellation(cancellationToken))
            {
                vocabulary.Add(SearchableProduct.Of(product, product.Category?.Name ?? LocalizedText.Empty));
            }
            _made = new Made(vocabulary, changes, clock.GetUtcNow());
            return vocabulary;
        }
        finally
        {
            _making.Release();
        }
    }

    public void Dispose() => _making.Dispose();

    private SearchVocabulary? Current() =>
        _made is { } made && made.Changes == Volatile.Read(ref _changes) && clock.GetUtcNow() - made.At < Lifetime
            ? made.Vocabulary
            : null;

    private sealed record Made(SearchVocabulary Vocabulary, int Changes, DateTimeOffset At);
}
