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

    /// <summary>
    /// v2 only: living situation, home notes, the key arrangement and welfare technology are not announced to every
    /// consumer (docs/security.md). The consumers read v1 and v2 alike, so they are deployed before this publisher.
    /// </summary>
    public static RecipientUpdatedV2 Updated(Recipient recipient, IReadOnlyList<string> changes, DateTimeOffset now) => new()
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
