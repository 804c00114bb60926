using CareServices.Assessment.Domain.Recipients;

namespace CareServices.Assessment.Api.Api;

public sealed record RecipientResponse(
    Guid Id,
    string MunicipalityId,
    string Name,
    DateOnly BirthDate,
    string NationalId,
    AddressDto Address,
    string Zone,
    string PreferredLanguage,
    RecipientStatus Status,
    DateTimeOffset RegisteredAt)
{
    public static RecipientResponse From(Recipient recipient) => new(
        recipient.Id,
        recipient.MunicipalityId,
        recipient.Name,
        recipient.BirthDate,
        recipient.NationalId,
        new AddressDto(recipient.Address.Street, recipient.Address.PostalCode, recipient.Address.City, recipient.Address.Latitude, recipient.Address.Longitude),
        recipient.Zone,
        recipient.PreferredLanguage,
        recipient.Status,
        recipient.RegisteredAt);
}
