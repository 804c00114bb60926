namespace CareServices.Scheduling.Planner.Checking;

/// <summary>One broken hard constraint, naming the visit or shift and what was wrong.</summary>
public sealed record ConstraintViolation(ViolationKind Kind, string Subject, string Detail);
