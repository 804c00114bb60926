using CareServices.Scheduling.Domain.Recipients;

namespace CareServices.Scheduling.Api.Api.Recipients;

public sealed record ContactPersonResponse(Guid StaffId, string Name);

public sealed record RecipientResponse(
    Guid Id, string MunicipalityId, string Name, string Street, string PostalCode, string City,
    double Latitude, double Longitude, string Zone, string PreferredLanguage, string Status, DateTimeOffset AsOf,
    ContactPersonResponse? PrimaryContact, ContactPersonResponse? SecondaryContact, ContactPersonResponse? ActingContact)
{
    public static RecipientResponse From(Recipient r, ContactPersonResponse? primary = null, ContactPersonResponse? secondary = null, ContactPersonResponse? acting = null) =>
        new(r.Id, r.MunicipalityId, r.Name, r.Street, r.PostalCode, r.City, r.Latitude, r.Longitude, r.Zone, r.PreferredLanguage, r.Status, r.AsOf, primary, secondary, acting);
}
