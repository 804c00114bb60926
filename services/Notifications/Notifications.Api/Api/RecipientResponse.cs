using CareServices.Notifications.Domain.Recipients;

namespace CareServices.Notifications.Api.Api;

public sealed record RecipientResponse(Guid Id, string MunicipalityId, string Name, string PreferredLanguage, DateTimeOffset AsOf)
{
    public static RecipientResponse From(Recipient r) => new(r.Id, r.MunicipalityId, r.Name, r.PreferredLanguage, r.AsOf);
}
