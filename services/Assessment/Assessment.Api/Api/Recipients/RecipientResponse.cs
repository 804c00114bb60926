using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Recipients;

namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary>Everything about a recipient but the key code; for case workers only (it carries the national id).</summary>
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
    bool LivesAlone,
    HomeNotesDto HomeNotes,
    KeyArrangementResponse KeyArrangement,
    IReadOnlyList<string> WelfareTechnology,
    IReadOnlyList<ResourcePersonResponse> ResourcePersons,
    DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The national id is decrypted here, for the response only.</summary>
    public static RecipientResponse From(Recipient recipient, NationalIdProtector nationalIds) => new(
        recipient.Id,
        recipient.MunicipalityId,
        recipient.Name,
        recipient.BirthDate,
        nationalIds.Reveal(recipient),
        AddressDto.From(recipient.Address),
        recipient.Zone,
        recipient.PreferredLanguage,
        recipient.Status,
        recipient.LivesAlone,
        new HomeNotesDto(recipient.HomeNotes.Pets, recipient.HomeNotes.Smoking, recipient.HomeNotes.Aids, recipient.HomeNotes.Other),
        KeyArrangementResponse.From(recipient.KeyArrangement),
        recipient.WelfareTechnology,
        recipient.ResourcePersons.Select(ResourcePersonResponse.From).ToList(),
        recipient.RegisteredAt,
        recipient.UpdatedAt);
}
