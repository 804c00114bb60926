using CareServices.Assessment.Domain.Recipients;

namespace CareServices.Assessment.Api.Api.Recipients;

public sealed record ResourcePersonResponse(Guid Id, string Name, string Relation, string? Phone, string? Email, bool ConsentToInform)
{
    public static ResourcePersonResponse From(ResourcePerson person) =>
        new(person.Id, person.Name, person.Relation, person.Phone, person.Email, person.ConsentToInform);
}
