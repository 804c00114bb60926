namespace CareServices.Activities.Domain.SignUps;

public enum TransportStatus
{
    NotRequested,

    /// <summary>Requested, no driver free yet.</summary>
    Requested,
    Arranged,
}
