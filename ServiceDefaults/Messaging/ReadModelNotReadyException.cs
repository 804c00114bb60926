namespace CareServices.ServiceDefaults.Messaging;

/// <summary>
/// An event refers to something an earlier event has not created here yet: the two came through different queues
/// and crossed. Throwing lets the retry policy try again; once its in-memory retries are spent, the message rests in
/// its queue's wait queue and comes back (<see cref="WaitForPredecessorFilter{T}"/>). Should the earlier event never
/// land, it ends in the error queue after <see cref="MessageWaitOptions.Limit"/> rests, where an operator can replay it.
/// </summary>
public sealed class ReadModelNotReadyException(string what) : Exception($"{what} is not known here yet; retrying until the event that creates it has been applied.");
