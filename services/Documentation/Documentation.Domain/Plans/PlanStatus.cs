namespace CareServices.Documentation.Domain.Plans;

public enum PlanStatus
{
    /// <summary>Being written; care workers do not see it.</summary>
    Draft,

    /// <summary>Approved by a Nurse or UnitLeader: the version staff work from.</summary>
    Approved,

    /// <summary>An approved version a newer approved version replaced.</summary>
    Superseded,
}
