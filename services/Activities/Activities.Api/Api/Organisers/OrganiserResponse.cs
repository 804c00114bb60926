using CareServices.Activities.Domain.Organisers;

namespace CareServices.Activities.Api.Api.Organisers;

public sealed record OrganiserResponse(Guid Id, string Name, OrganiserKind Kind, string ContactPerson, string Phone)
{
    public static OrganiserResponse From(Organiser o) => new(o.Id, o.Name, o.Kind, o.ContactPerson, o.Phone);
}
