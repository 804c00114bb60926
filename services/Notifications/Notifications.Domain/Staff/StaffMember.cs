namespace CareServices.Notifications.Domain.Staff;

/// <summary>
/// A municipal employee as far as notifications need: how to reach them, their roles and zone. Scheduling's staff
/// events give the name, zone, competences and whether they still work here; e-mail, phone and token roles come from
/// the contact data unit leaders keep here, because no other service publishes them.
/// </summary>
public sealed class StaffMember
{
    /// <summary>Scheduling's competence that makes someone one of the zone's nurses.</summary>
    public const string NurseCompetence = "nurse";

    private StaffMember()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string Language { get; private set; } = "";

    /// <summary>Roles as in the tokens (Planner, Nurse, UnitLeader, CaseWorker, …).</summary>
    public string[] Roles { get; private set; } = [];

    public string? Zone { get; private set; }

    /// <summary>Scheduling's competences (<c>nurse</c>, <c>healthWorker</c>, …).</summary>
    public string[] Competences { get; private set; } = [];

    /// <summary>False once Scheduling says the person left; nobody is told anything through them after that.</summary>
    public bool Active { get; private set; } = true;

    /// <summary>When the newest Scheduling event applied here happened; an older one arriving late changes nothing.</summary>
    public DateTimeOffset? SchedulingAsOf { get; private set; }

    public static StaffMember Of(Guid id, string municipalityId) => new() { Id = id, MunicipalityId = municipalityId };

    public void Set(string name, string? email, string? phone, string language, string[] roles, string? zone)
    {
        Name = name;
        Email = email;
        Phone = phone;
        Language = language;
        Roles = roles;
        Zone = zone;
    }

    /// <summary>
    /// Takes what Scheduling says (name, zone, competences, still employed). The language is taken from the person's
    /// languages only while no one has chosen one here. Returns whether the event applied.
    /// </summary>
    public bool FromScheduling(string name, string zone, IReadOnlyList<string> competences, string? language, bool active, DateTimeOffset asOf)
    {
        if (SchedulingAsOf is { } applied && asOf <= applied)
        {
            return false;
        }
        SchedulingAsOf = asOf;
        Name = name;
        Zone = zone;
        Competences = [.. competences];
        Active = active;
        if (Language.Length == 0 && language is not null)
        {
            Language = language;
        }
        return true;
    }
}
