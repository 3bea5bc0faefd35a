using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Catalog.Search;
using Shop.Web.Data;
using Shop.Web.Data.Search;

namespace Shop.Web.Features.Catalog;

/// <summary>
/// What buyers can see of the catalog: published products only. A search asks the full-text index
/// (<see cref="IProductSearchIndex"/>) which products match, and counts, filters, sorts and pages
/// them in the database; in the best-match order, the shop ranks the index's best matches itself
/// (<see cref="SearchRanking"/>: a match in the name before one in a description, a whole word
/// before the start of one before the inside of one). What browsing shows (the categories, the pages
/// of a listing and its count, a product's page, the featured products) is kept in
/// <see cref="CatalogCache"/> until the catalog changes; searches are asked of the index each time.
/// </summary>
public class ProductSearch(ShopDbContext db, IProductSearchIndex index, CatalogVocabulary vocabulary, CatalogCache cache)
{
    /// <summary>
    /// How many of the index's best matches (by its own rank) the shop ranks itself on a results page;
    /// past them, which only a search finding very many products reaches, the index's rank goes on.
    /// </summary>
    public const int RankedByShop = 10 * ProductSearchCriteria.PageSize;

    private const int RankedForSuggestions = 40;

    /// <summary>The categories in the shop's order, by name in <paramref name="language"/> where the order is the same.</summary>
    public async Task<List<Category>> CategoriesAsync(Language language, CancellationToken cancellationToken = default)
    {
        var categories = await cache.GetOrLoadAsync("categories", () => db.Categories.AsNoTracking().ToListAsync(cancellationToken));
        return categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Name.In(language), StringComparer.Ordinal).ThenBy(c => c.Id).ToList();
    }

    public async Task<ProductPage> SearchAsync(ProductSearchCriteria criteria, Language language, CancellationToken cancellationToken = default)
    {
        var categories = await CategoriesAsync(language, cancellationToken);
        var category = criteria.CategorySlug is null ? null : categories.Find(c => c.Slug == criteria.CategorySlug);
        var unknownCategory = criteria.CategorySlug is not null && category is null;
        var search = SearchQuery.Parse(criteria.Text);

        // Built only when the database is asked: browsing is mostly answered from the cache.
        IQueryable<Product> Query() => category is not null ? Matching(search).Where(p => p.CategoryId == category.Id)
            : unknownCategory ? Matching(search).Where(p => false)
            : Matching(search);

        // Browsing counts come from the cache: the count of a listing is read once per change of the catalog.
        var total = search.IsEmpty
            ? await cache.GetOrLoadAsync($"count:{category?.Id}:{unknownCategory}", () => Query().CountAsync(cancellationToken))
            : await Query().CountAsync(cancellationToken);
        var totalPages = Math.Max(1, (int)Math.Ceiling(total / (double)ProductSearchCriteria.PageSize));
        // A page past the end shows the last page rather than nothing (links go stale as products sell out).
        var page = Math.Min(criteria.Page, totalPages);
        var skip = (page - 1) * ProductSearchCriteria.PageSize;

        var products = criteria.Sort == ProductSort.Relevance && !search.IsEmpty
            ? await BestMatchesAsync(Query(), search, skip, ProductSearchCriteria.PageSize, RankedByShop, cancellationToken)
            : search.IsEmpty
                ? await cache.GetOrLoadAsync($"page:{category?.Id}:{unknownCategory}:{criteria.Sort}:{language}:{page}", () => PageAsync(Query(), criteria.Sort, language, skip, cancellationToken))
                : await PageAsync(Query(), criteria.Sort, language, skip, cancellationToken);

        if (total > 0 || search.IsEmpty || unknownCategory)
        {
            return new ProductPage(criteria, categories, category, unknownCategory, products, total, page, totalPages, !search.IsEmpty);
        }
        return new ProductPage(criteria, categories, category, unknownCategory, products, total, page, totalPages, IsSearch: true,
            await DidYouMeanAsync(criteria.Text, category, cancellationToken),
            category is null ? 0 : await Matching(search).CountAsync(cancellationToken));
    }

    /// <summary>Up to <paramref name="count"/> products for what is being typed, best match first.</summary>
    public async Task<IReadOnlyList<Product>> SuggestAsync(string? typed, int count, CancellationToken cancellationToken = default)
    {
        var search = SearchQuery.Parse(typed);
        return search.IsEmpty ? [] : await BestMatchesAsync(Matching(search), search, 0, count, RankedForSuggestions, cancellationToken);
    }

    /// <summary>A published product with its category and up to <paramref name="related"/> others of its category; null when there is none.</summary>
    public Task<ProductViewModel?> ProductPageAsync(string slug, int related, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync($"product:{slug}:{related}", async () =>
        {
            var product = await Published().Include(p => p.Category).FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
            return product is null ? null : new ProductViewModel(product, await RelatedAsync(product, related, cancellationToken));
        });

    public Task<List<Product>> FeaturedAsync(int count, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync($"featured:{count}", () =>
            Published().Where(p => p.IsFeatured).OrderByDescending(p => p.CreatedAt).Take(count).ToListAsync(cancellationToken));

    private Task<List<Product>> RelatedAsync(Product product, int count, CancellationToken cancellationToken) =>
        Published().Where(p => p.CategoryId == product.CategoryId && p.Id != product.Id)
            .OrderByDescending(p => p.IsFeatured).ThenByDescending(p => p.CreatedAt).Take(count).ToListAsync(cancellationToken);

    private static Task<List<Product>> PageAsync(IQueryable<Product> query, ProductSort sort, Language language, int skip, CancellationToken cancellationToken) =>
        Sort(query, sort, language).Skip(skip).Take(ProductSearchCriteria.PageSize).ToListAsync(cancellationToken);

    private IQueryable<Product> Published() => db.Products.AsNoTracking().Where(p => p.IsPublished);

    /// <summary>The published products the query finds in the index; all of them for an empty query.</summary>
    private IQueryable<Product> Matching(SearchQuery search)
    {
        if (search.IsEmpty)
        {
            return Published();
        }
        var found = index.Matching(db, search);
        return Published().Where(p => found.Contains(p.Id));
    }

    /// <summary>
    /// Products <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> in the
    /// best-match order: the index's best <paramref name="ranked"/> matches ordered by the shop's
    /// ranking (ties in the index's order), then the rest in the index's order.
    /// </summary>
    private async Task<List<Product>> BestMatchesAsync(
        IQueryable<Product> query, SearchQuery search, int skip, int take, int ranked, CancellationToken cancellationToken)
    {
        var byIndex =
            from hit in index.Ranked(db, search)
            join product in query on hit.ProductId equals product.Id
            orderby hit.Rank, product.Id
            select product.Id;

        var ids = new List<int>();
        if (skip < ranked)
        {
            var candidates = await byIndex.Take(ranked).ToListAsync(cancellationToken);
            var texts = await db.Products.AsNoTracking().Include(p => p.Category)
                .Where(p => candidates.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, cancellationToken);
            ids.AddRange(candidates
                .Select((id, position) => (Id: id, Position: position, Score: SearchRanking.Score(search, Searchable(texts[id]))))
                .OrderByDescending(candidate => candidate.Score).ThenBy(candidate => candidate.Position)
                .Skip(skip).Take(take)
                .Select(candidate => candidate.Id));
        }
        if (ids.Count < take)
        {
            ids.AddRange(await byIndex.Skip(Math.Max(skip, ranked)).Take(take - ids.Count).ToListAsync(cancellationToken));
        }
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return ids.Where(products.ContainsKey).Select(id => products[id]).ToList();
    }

    private static SearchableProduct Searchable(Product product) =>
        SearchableProduct.Of(product, product.Category?.Name ?? LocalizedText.Empty);

    /// <summary>A query close to the one typed (a word spelled as the catalog spells it) that finds something where the buyer looked.</summary>
    private async Task<string?> DidYouMeanAsync(string? typed, Category? category, CancellationToken cancellationToken)
    {
        var suggestion = (await vocabulary.GetAsync(cancellationToken)).DidYouMean(typed);
        if (suggestion is null)
        {
            return null;
        }
        var found = Matching(SearchQuery.Parse(suggestion));
        if (category is not null)
        {
            found = found.Where(p => p.CategoryId == category.Id);
        }
        return await found.AnyAsync(cancellationToken) ? suggestion : null;
    }

    private static IQueryable<Product> Sort(IQueryable<Product> query, ProductSort sort, Language language) => sort switch
    {
        ProductSort.Name when language == Language.English =>
            query.OrderBy(p => p.Name.English ?? p.Name.Chinese).ThenBy(p => p.Id),
        ProductSort.Name => query.OrderBy(p => p.Name.Chinese ?? p.Name.English).ThenBy(p => p.Id),
        ProductSort.Price => query.OrderBy(p => p.Price).ThenBy(p => p.Id),
        ProductSort.PriceDescending => query.OrderByDescending(p => p.Price).ThenBy(p => p.Id),
        _ => query.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
    };
}
