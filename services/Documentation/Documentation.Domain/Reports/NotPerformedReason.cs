namespace CareServices.Documentation.Domain.Reports;

/// <summary>Why a planned task was not done; <see cref="Other"/> needs a text.</summary>
public enum NotPerformedReason
{
    Declined,
    NotHome,
    NotEnoughTime,
    DoneByRelative,
    Other,
}
