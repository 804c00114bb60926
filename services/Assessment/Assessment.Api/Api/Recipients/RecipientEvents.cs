using CareServices.Assessment.Domain.Recipients;
using CareServices.Contracts.Assessment;

namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary>The events a recipient's changes publish; the national id and key code never leave the service.</summary>
public static class RecipientEvents
{
    public static RecipientRegistered Registered(Recipient recipient) => new()
    {
        OccurredAt = recipient.RegisteredAt,
        MunicipalityId = recipient.MunicipalityId,
        RecipientId = recipient.Id,
        Name = recipient.Name,
        BirthDate = recipient.BirthDate,
        Address = ToContract(recipient.Address),
        Zone = recipient.Zone,
        PreferredLanguage = recipient.PreferredLanguage,
        AggregateVersion = recipient.Version,
    };

    public static RecipientUpdated Updated(Recipient recipient, IReadOnlyList<string> changes, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        MunicipalityId = recipient.MunicipalityId,
        RecipientId = recipient.Id,
        AggregateVersion = recipient.Version,
        Changes = changes,
        Name = recipient.Name,
        BirthDate = recipient.BirthDate,
        Address = ToContract(recipient.Address),
        Zone = recipient.Zone,
        PreferredLanguage = recipient.PreferredLanguage,
        Status = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(recipient.Status.ToString()),
        LivesAlone = recipient.LivesAlone,
        HomeNotes = new RecipientHomeNotes
        {
            Pets = recipient.HomeNotes.Pets,
            Smoking = recipient.HomeNotes.Smoking,
            Aids = recipient.HomeNotes.Aids,
            Other = recipient.HomeNotes.Other,
        },
        KeyArrangement = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(recipient.KeyArrangement.Kind.ToString()),
        KeyLocation = recipient.KeyArrangement.Location,
        WelfareTechnology = recipient.WelfareTechnology,
        InformedResourcePersons = recipient.ResourcePersons.Where(p => p.ConsentToInform).Select(p => new InformedResourcePerson
        {
            ResourcePersonId = p.Id,
            Name = p.Name,
            Relation = p.Relation,
            Phone = p.Phone,
            Email = p.Email,
        }).ToList(),
    };

    private static RecipientAddress ToContract(Address address) => new()
    {
        Street = address.Street,
        PostalCode = address.PostalCode,
        City = address.City,
        Latitude = address.Latitude,
        Longitude = address.Longitude,
    };
}
