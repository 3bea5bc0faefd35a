using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Shop.Web.Data;

/// <summary>
/// The entries a context tracks, as they stand. <see cref="ChangeTracker.Entries()"/> and
/// <c>DbSet.Local</c> detect changes in every tracked entity first, which a caller looking for an
/// entity it added (never a changed property) does not need (README: Performance).
/// </summary>
public static class TrackedEntries
{
    public static T WithoutDetecting<T>(ChangeTracker tracker, Func<IEnumerable<EntityEntry>, T> read)
    {
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return read(tracker.Entries());
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
