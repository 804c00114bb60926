namespace CareServices.Scheduling.Planner.Checking;

/// <summary>Result of <see cref="FeasibilityChecker.Check"/>.</summary>
public sealed record FeasibilityReport(IReadOnlyList<ConstraintViolation> Violations)
{
    public bool IsFeasible => Violations.Count == 0;

    public bool Has(ViolationKind kind) => Violations.Any(v => v.Kind == kind);
}
