using CareServices.Notifications.Domain.Recipients;

namespace CareServices.Notifications.Api.Api;

public sealed record RecipientResponse(
    Guid Id, string MunicipalityId, string Name, string PreferredLanguage, IReadOnlyList<InformedPersonResponse> InformedPersons, DateTimeOffset AsOf)
{
    public static RecipientResponse From(Recipient r) => new(r.Id, r.MunicipalityId, r.Name, r.PreferredLanguage,
        r.InformedPersons.Select(p => new InformedPersonResponse(p.Id, p.Name, p.Relation, p.Phone, p.Email)).ToList(), r.AsOf);
}

public sealed record InformedPersonResponse(Guid Id, string Name, string Relation, string? Phone, string? Email);
