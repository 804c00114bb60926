using CareServices.Activities.Domain.Recipients;

namespace CareServices.Activities.Api.Api;

public sealed record RecipientResponse(
    Guid Id, string MunicipalityId, string Name, DateOnly BirthDate, string Zone, string PreferredLanguage,
    double Latitude, double Longitude, DateTimeOffset AsOf)
{
    public static RecipientResponse From(Recipient r) =>
        new(r.Id, r.MunicipalityId, r.Name, r.BirthDate, r.Zone, r.PreferredLanguage, r.Latitude, r.Longitude, r.AsOf);
}
