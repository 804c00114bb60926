namespace CareServices.Seed;

/// <summary>
/// One demo recipient with everything the seeder sends. <see cref="NeedLevel"/> 0 is a resident without services
/// (for the preventive-visit list); 1 practical assistance only; 2 home care; 3 heavy care; 4 palliative.
/// </summary>
public sealed record GeneratedRecipient(
    object Registration, string NationalId, int NeedLevel, object[] ResourcePersons, object Intake, object Assessment,
    object[] Lines, string ValidFrom, string? ValidTo, string ContactPerson, string GoalText);
