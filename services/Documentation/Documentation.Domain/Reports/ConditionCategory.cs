namespace CareServices.Documentation.Domain.Reports;

/// <summary>What kind of change in the recipient's condition a visit report flags.</summary>
public enum ConditionCategory
{
    Appetite,
    Mobility,
    Mood,
    Memory,
    Skin,
    Fall,
    Pain,
    Other,
}
