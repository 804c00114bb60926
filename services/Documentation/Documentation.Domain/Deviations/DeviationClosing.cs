namespace CareServices.Documentation.Domain.Deviations;

public enum DeviationClosing
{
    Closed,
    AlreadyClosed,
    FollowUpsOpen,
}
