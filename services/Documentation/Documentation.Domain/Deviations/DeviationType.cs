namespace CareServices.Documentation.Domain.Deviations;

public enum DeviationType
{
    Fall,
    MedicationError,
    MissedVisit,
    ViolenceOrThreat,
    Equipment,
    Other,
}
