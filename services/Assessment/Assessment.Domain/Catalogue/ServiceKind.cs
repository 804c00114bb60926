namespace CareServices.Assessment.Domain.Catalogue;

/// <summary>Health care and practical assistance rest on different legal bases (and only the latter usually carries a co-payment).</summary>
public enum ServiceKind
{
    HealthCare,
    PracticalAssistance,
}
