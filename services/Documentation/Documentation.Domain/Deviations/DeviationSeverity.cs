namespace CareServices.Documentation.Domain.Deviations;

public enum DeviationSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
