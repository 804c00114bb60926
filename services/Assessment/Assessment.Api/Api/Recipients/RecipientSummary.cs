using CareServices.Assessment.Domain.Recipients;

namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary>A list row for staff: who and where, no national id, notes or key details.</summary>
public sealed record RecipientSummary(
    Guid Id, string Name, DateOnly BirthDate, AddressDto Address, string Zone, string PreferredLanguage,
    RecipientStatus Status, bool LivesAlone, IReadOnlyList<string> WelfareTechnology)
{
    public static RecipientSummary From(Recipient r) =>
        new(r.Id, r.Name, r.BirthDate, AddressDto.From(r.Address), r.Zone, r.PreferredLanguage, r.Status, r.LivesAlone, r.WelfareTechnology);
}
