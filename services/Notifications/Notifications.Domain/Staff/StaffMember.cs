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

    /// <summary>
    /// Scheduling's version of the staff member applied here (0 while only a unit leader has described them): the
    /// consumers apply Scheduling's events only when newer (one statement, see <c>StaffReadModel</c>).
    /// </summary>
    public int SchedulingVersion { get; private set; }

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
}
