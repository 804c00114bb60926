namespace CareServices.ServiceDefaults.Messaging;

/// <summary>
/// An event refers to something an earlier event has not created here yet: the two came through different queues
/// and crossed. Throwing lets the retry policy try again once the earlier event has landed; should it never land,
/// the message waits in the error queue, where an operator can replay it.
/// </summary>
public sealed class ReadModelNotReadyException(string what) : Exception($"{what} is not known here yet; retrying until the event that creates it has been applied.");
