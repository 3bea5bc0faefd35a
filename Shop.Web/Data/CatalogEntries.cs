using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Shop.Domain.Catalog;

namespace Shop.Web.Data;

/// <summary>
/// The products and categories a save is about to add, change or delete, for the interceptors that
/// follow the catalog (the search index, the catalog cache). EF Core detects changes only after the
/// interceptors' SavingChanges, so they must detect them themselves; but most saves (notifications,
/// orders, carts, mail) track no product or category at all, and those are told apart without
/// detecting anything. That is safe because no entity but a product points to a product or a
/// category: a context that tracks neither cannot find one to save through a navigation.
/// </summary>
public static class CatalogEntries
{
    public static List<EntityEntry> ToSave(ChangeTracker tracker)
    {
        if (!TrackedEntries.WithoutDetecting(tracker, entries => entries.Any(IsCatalog)))
        {
            return [];
        }
        tracker.DetectChanges();
        return TrackedEntries.WithoutDetecting(tracker, entries => entries
            .Where(e => IsCatalog(e) && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList());
    }

    private static bool IsCatalog(EntityEntry entry) => entry.Entity is Product or Category;
}
