namespace CareServices.Documentation.Domain.Reports;

/// <summary>Why a visit report cannot be accepted as written: the field (JSON path) and the rule.</summary>
public sealed record ReportProblem(string Field, string Rule);
