using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// Wakes the dispatcher when a commit carried outbox rows (a SaveChanges outside an explicit transaction, or a
/// transaction's commit). Other commits do not: the dispatcher's own claim commits among them, which would otherwise
/// wake it again at once and keep it polling the database in a loop.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SavedChanges(eventData, result);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        // Inside an explicit transaction the rows are not committed yet: the commit signals.
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            NotifyIfPending(eventData.Context);
        }
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        NotifyIfPending(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => NotifyIfPending(eventData.Context);

    private void NotifyIfPending(DbContext? context)
    {
        if (OutboxWriter.TakePending(context))
        {
            signal.Notify();
        }
    }
}
