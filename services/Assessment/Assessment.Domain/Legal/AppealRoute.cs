namespace CareServices.Assessment.Domain.Legal;

public enum AppealRoute
{
    /// <summary>Sent to the municipality, which reconsiders it and forwards it to the appeal body if it upholds its decision.</summary>
    ThroughMunicipality,

    /// <summary>No administrative appeal lies; the recipient can complain to a supervisory or patient body.</summary>
    ComplaintOnly,
}
