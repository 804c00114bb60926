namespace CareServices.Documentation.Domain.Access;

/// <summary>
/// One read of a recipient's confidential record: who (staff id, name, role), when, what, and why (the care relation,
/// or emergency access with its reason). Written on the read path itself, never updated.
/// </summary>
public sealed class AccessLogEntry
{
    private AccessLogEntry()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid StaffId { get; private set; }
    public string StaffName { get; private set; } = "";
    public string Role { get; private set; } = "";

    /// <summary>What was read, e.g. <c>journal</c>, <c>visit-report</c>, <c>fhir-export</c>.</summary>
    public string What { get; private set; } = "";

    /// <summary>The care relation (<see cref="CareRelationKind"/> in camelCase) or <c>emergency</c>.</summary>
    public string Basis { get; private set; } = "";

    /// <summary>The written reason of an emergency access; null for a care relation.</summary>
    public string? EmergencyReason { get; private set; }

    public static AccessLogEntry Record(string municipalityId, Guid recipientId, DateTimeOffset at, Guid staffId, string staffName, string role,
        string what, string basis, string? emergencyReason) => new()
        {
            Id = Guid.CreateVersion7(at),
            MunicipalityId = municipalityId,
            RecipientId = recipientId,
            At = at,
            StaffId = staffId,
            StaffName = staffName,
            Role = role,
            What = what,
            Basis = basis,
            EmergencyReason = emergencyReason,
        };
}
