namespace CareServices.Scheduling.Api.ContactPersons;

/// <summary><c>Scheduling:ContactPersons</c>: how many recipients one primary contact may have (Back to Basic: three to four).</summary>
public sealed class ContactPersonOptions
{
    public const string SectionName = "Scheduling:ContactPersons";

    public int CaseloadLimit { get; set; } = 4;
}
