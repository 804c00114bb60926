namespace CareServices.Contracts.Scheduling;

/// <summary>A staff member named as a recipient's contact person.</summary>
public sealed record ContactPersonRef
{
    public required Guid StaffId { get; init; }
    public required string Name { get; init; }
}
