namespace CareServices.Documentation.Domain.Access;

/// <summary>Why a staff member may read a recipient's record.</summary>
public enum CareRelationKind
{
    PrimaryContact,
    SecondaryContact,
    CaseWorker,
    Visit,
    ZoneUnitLeader,
}
