namespace CareServices.Assessment.Domain.Recipients;

/// <summary>
/// Applicant → active (services granted) → paused (e.g. in hospital) ↔ active → ended. An applicant may also
/// end (rejected or withdrawn); an ended recipient who applies again becomes an applicant.
/// </summary>
public static class RecipientStatusRules
{
    private static readonly Dictionary<RecipientStatus, RecipientStatus[]> Allowed = new()
    {
        [RecipientStatus.Applicant] = [RecipientStatus.Active, RecipientStatus.Ended],
        [RecipientStatus.Active] = [RecipientStatus.Paused, RecipientStatus.Ended],
        [RecipientStatus.Paused] = [RecipientStatus.Active, RecipientStatus.Ended],
        [RecipientStatus.Ended] = [RecipientStatus.Applicant],
    };

    public static bool CanChange(RecipientStatus from, RecipientStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<RecipientStatus> From(RecipientStatus status) => Allowed[status];
}
