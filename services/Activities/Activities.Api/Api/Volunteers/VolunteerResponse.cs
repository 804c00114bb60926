using CareServices.Activities.Domain.Volunteers;

namespace CareServices.Activities.Api.Api.Volunteers;

public sealed record VolunteerResponse(
    Guid Id, string Name, string Phone, IReadOnlyList<VolunteerRole> Roles, IReadOnlyList<string> Interests, IReadOnlyList<string> Languages,
    IReadOnlyList<string> Zones, IReadOnlyList<WeeklySlot> Availability, double? Latitude, double? Longitude,
    DateOnly? PoliceCertificateIssuedOn, bool PoliceCertificateValid, bool ConsentToContact, VolunteerStatus Status)
{
    public static VolunteerResponse From(Volunteer v, DateOnly today) => new(
        v.Id, v.Name, v.Phone, v.Roles, v.Interests, v.Languages, v.Zones, v.Availability, v.Latitude, v.Longitude,
        v.PoliceCertificateIssuedOn, PoliceCertificate.IsValid(v.PoliceCertificateIssuedOn, today), v.ConsentToContact, v.Status);
}
