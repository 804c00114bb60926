namespace CareServices.Documentation.Domain.Access;

/// <summary>
/// The duty of confidentiality as rules: a staff member reads a recipient's record only while they have a care
/// relation. Pure, so the whole matrix is tested without servers.
/// </summary>
public static class CareRelationRules
{
    /// <summary>A visit gives access from 7 days after it back to 1 day before it.</summary>
    public static readonly TimeSpan VisitLookBack = TimeSpan.FromDays(7);

    public static readonly TimeSpan VisitLookAhead = TimeSpan.FromDays(1);

    /// <summary>The strongest relation the facts show at <paramref name="now"/>, or null when there is none.</summary>
    public static CareRelationKind? Find(CareRelationFacts facts, DateTimeOffset now)
    {
        if (facts.PrimaryContactId == facts.StaffId)
        {
            return CareRelationKind.PrimaryContact;
        }
        if (facts.SecondaryContactId == facts.StaffId)
        {
            return CareRelationKind.SecondaryContact;
        }
        if (facts.CaseWorkerId == facts.StaffId)
        {
            return CareRelationKind.CaseWorker;
        }
        if (facts.VisitStarts.Any(start => IsInVisitWindow(start, now)))
        {
            return CareRelationKind.Visit;
        }
        if (facts.ActsAsUnitLeader && facts.StaffZone is { Length: > 0 } zone
            && string.Equals(zone, facts.RecipientZone, StringComparison.OrdinalIgnoreCase))
        {
            return CareRelationKind.ZoneUnitLeader;
        }
        return null;
    }

    public static bool IsInVisitWindow(DateTimeOffset plannedStart, DateTimeOffset now) =>
        plannedStart >= now - VisitLookBack && plannedStart <= now + VisitLookAhead;
}
