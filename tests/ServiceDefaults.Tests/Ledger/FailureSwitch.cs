namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>Makes <see cref="EntryAuditedConsumer"/> fail, or find its entry missing, until the test repairs it.</summary>
public sealed class FailureSwitch
{
    public volatile bool Failing;

    /// <summary>The consumer answers as one whose predecessor has not arrived (<c>ReadModelNotReadyException</c>).</summary>
    public volatile bool NotReady;

    private int _notReadyAttempts;

    /// <summary>Deliveries the consumer answered with not ready, retries included.</summary>
    public int NotReadyAttempts => Volatile.Read(ref _notReadyAttempts);

    public void CountNotReady() => Interlocked.Increment(ref _notReadyAttempts);
}
