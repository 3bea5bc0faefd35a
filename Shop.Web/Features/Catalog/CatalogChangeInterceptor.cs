using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Shop.Web.Data;

namespace Shop.Web.Features.Catalog;

/// <summary>
/// Tells <see cref="CatalogCache"/> of every saved change of a product or a category, whoever saves
/// it: an admin's edit or deletion, a sale or a cancelled order moving the stock, a restock, codes
/// uploaded. Told once a change is committed: after the save, or after the commit of the transaction
/// the save was part of (before it, other requests still read the data as it was; a page they read
/// meanwhile is forgotten at the commit), and not at all when that transaction is rolled back. Saves
/// that track no product or category (notifications, orders, carts) cost a glance at the tracked
/// entries (<see cref="CatalogEntries"/>).
/// </summary>
public sealed class CatalogChangeInterceptor(CatalogCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();

    // Weak: a context whose transaction is disposed without a commit or a rollback is not kept alive.
    private readonly ConditionalWeakTable<DbContext, object> _saving = new();
    private readonly ConditionalWeakTable<DbContext, object> _committing = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteCatalogChanges(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteCatalogChanges(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _saving.Remove(db))
        {
            if (db.Database.CurrentTransaction is null)
            {
                await cache.InvalidateAsync(CancellationToken.None);
            }
            else
            {
                _committing.AddOrUpdate(db, Marker);
            }
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } db)
        {
            _saving.Remove(db);
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _committing.Remove(db))
        {
            await cache.InvalidateAsync(CancellationToken.None);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db)
        {
            _committing.Remove(db);
        }
    }

    private void NoteCatalogChanges(DbContext? db)
    {
        if (db is not null && CatalogEntries.ToSave(db.ChangeTracker).Count > 0)
        {
            _saving.AddOrUpdate(db, Marker);
        }
    }
}
