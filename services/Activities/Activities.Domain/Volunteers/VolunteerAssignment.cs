namespace CareServices.Activities.Domain.Volunteers;

/// <summary>A volunteer matched with a recipient in a role (visit friend, support contact …) until it ends.</summary>
public sealed class VolunteerAssignment : IMunicipalityOwned
{
    private VolunteerAssignment()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid VolunteerId { get; private set; }
    public Guid RecipientId { get; private set; }
    public VolunteerRole Role { get; private set; }
    public DateTimeOffset MatchedAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsActive => EndedAt is null;

    public static VolunteerAssignment Match(string municipalityId, Guid volunteerId, Guid recipientId, VolunteerRole role, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        MunicipalityId = municipalityId,
        VolunteerId = volunteerId,
        RecipientId = recipientId,
        Role = role,
        MatchedAt = now,
    };

    public void End(DateTimeOffset now) => EndedAt ??= now;
}
