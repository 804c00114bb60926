namespace CareServices.Activities.Domain.Volunteers;

/// <summary>What a volunteer coordinator records about a volunteer (already validated).</summary>
public sealed record VolunteerProfile(
    string Name, string Phone, IReadOnlyList<VolunteerRole> Roles, IReadOnlyList<string> Interests,
    IReadOnlyList<string> Languages, IReadOnlyList<string> Zones, IReadOnlyList<WeeklySlot> Availability,
    double? Latitude, double? Longitude, DateOnly? PoliceCertificateIssuedOn, bool ConsentToContact, VolunteerStatus Status);
