using CareServices.Activities.Domain.Volunteers;

namespace CareServices.Activities.Api.Api.Volunteers;

public sealed record MatchResponse(Guid Id, Guid VolunteerId, Guid RecipientId, VolunteerRole Role, DateTimeOffset MatchedAt, DateTimeOffset? EndedAt)
{
    public static MatchResponse From(VolunteerAssignment a) => new(a.Id, a.VolunteerId, a.RecipientId, a.Role, a.MatchedAt, a.EndedAt);
}
