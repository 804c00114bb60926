using CareServices.Documentation.Domain.Recipients;

namespace CareServices.Documentation.Api.Api;

public sealed record RecipientResponse(Guid Id, string MunicipalityId, string Name, DateOnly BirthDate, string Zone, string PreferredLanguage, DateTimeOffset AsOf)
{
    public static RecipientResponse From(Recipient r) => new(r.Id, r.MunicipalityId, r.Name, r.BirthDate, r.Zone, r.PreferredLanguage, r.AsOf);
}
