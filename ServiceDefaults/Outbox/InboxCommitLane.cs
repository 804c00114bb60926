namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// Group commit for one consumer type. Messages consumed concurrently join the next transaction: while one group
/// commits, the messages that arrive wait, and the first of them then commits itself and everything that waited
/// behind it (up to <see cref="MaxGroupSize"/>) in one transaction. No message waits for a timer, a lone message
/// commits at once, and under load one commit carries many messages — the commit, not the work, is what limits a
/// consumer on PostgreSQL.
/// </summary>
internal sealed class InboxCommitLane<TWork>
    where TWork : class
{
    /// <summary>Bounds one transaction's size (and its lock time) whatever the consumer's concurrency limit.</summary>
    public const int MaxGroupSize = 100;

    private readonly Lock _gate = new();
    private readonly Queue<Waiting> _waiting = new();
    private bool _committing;

    /// <summary>
    /// Commits <paramref name="work"/>, alone or in a group led by another message's consume call. Returns
    /// <c>false</c> when the group it was in failed: the caller then commits it alone, so one bad message fails
    /// only itself. A failure of the caller's own group is thrown only when the group held nothing else.
    /// </summary>
    public async Task<bool> CommitAsync(TWork work, Func<IReadOnlyList<TWork>, Task> commitGroup)
    {
        Waiting? turn = null;
        lock (_gate)
        {
            if (_committing)
            {
                turn = new Waiting(work);
                _waiting.Enqueue(turn);
            }
            else
            {
                _committing = true;
            }
        }
        if (turn is not null)
        {
            var outcome = await turn.Outcome.Task;
            if (outcome != Outcome.Lead)
            {
                return outcome == Outcome.Committed;
            }
        }
        return await LeadAsync(work, commitGroup);
    }

    private async Task<bool> LeadAsync(TWork work, Func<IReadOnlyList<TWork>, Task> commitGroup)
    {
        var followers = new List<Waiting>();
        lock (_gate)
        {
            while (followers.Count < MaxGroupSize - 1 && _waiting.TryDequeue(out var next))
            {
                followers.Add(next);
            }
        }

        Exception? failure = null;
        try
        {
            await commitGroup([work, .. followers.Select(f => f.Work)]);
        }
        catch (Exception e)
        {
            failure = e;
        }
        finally
        {
            foreach (var follower in followers)
            {
                follower.Outcome.SetResult(failure is null ? Outcome.Committed : Outcome.RetryAlone);
            }
            Waiting? successor;
            lock (_gate)
            {
                if (!_waiting.TryDequeue(out successor))
                {
                    _committing = false;
                }
            }
            successor?.Outcome.SetResult(Outcome.Lead);
        }

        if (failure is not null && followers.Count == 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
        return failure is null;
    }

    private enum Outcome
    {
        Committed,
        RetryAlone,
        Lead,
    }

    private sealed class Waiting(TWork work)
    {
        public TWork Work { get; } = work;

        // Continuations run on the pool: the leader must not run its followers' consume pipelines inline.
        public TaskCompletionSource<Outcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
