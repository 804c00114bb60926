namespace CareServices.Activities.Domain.Volunteers;

/// <summary>
/// The police certificate (<i>politiattest</i>) a volunteer needs before visiting anyone at home. One older than three
/// years no longer counts.
/// </summary>
public static class PoliceCertificate
{
    public const int ValidYears = 3;

    /// <summary>Roles that take a volunteer into a recipient's home.</summary>
    public static bool RequiredFor(VolunteerRole role) =>
        role is VolunteerRole.VisitFriend or VolunteerRole.SupportContact or VolunteerRole.DementiaEscort;

    public static bool IsValid(DateOnly? issuedOn, DateOnly today) =>
        issuedOn is { } issued && issued <= today && issued >= today.AddYears(-ValidYears);

    /// <summary>Why a volunteer may not visit at home, or null when they may.</summary>
    public static string? Refusal(DateOnly? issuedOn, DateOnly today) => issuedOn switch
    {
        null => "has no police certificate, which home visits require",
        { } issued when issued > today => $"has a police certificate dated in the future ({issued:yyyy-MM-dd})",
        { } issued when !IsValid(issued, today) =>
            $"has a police certificate from {issued:yyyy-MM-dd}, older than {ValidYears} years; home visits need a newer one",
        _ => null,
    };
}
