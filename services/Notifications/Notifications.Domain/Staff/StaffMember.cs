namespace CareServices.Notifications.Domain.Staff;

/// <summary>A municipal employee as far as notifications need: how to reach them, their roles and zone.</summary>
public sealed class StaffMember
{
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
