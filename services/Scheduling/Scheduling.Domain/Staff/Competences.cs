namespace CareServices.Scheduling.Domain.Staff;

/// <summary>What a staff member is trained for; the names service lines use for the competence they need.</summary>
public static class Competences
{
    public const string Nurse = "nurse";
    public const string HealthWorker = "healthWorker";
    public const string HomeHelper = "homeHelper";
    public const string Physiotherapist = "physiotherapist";
    public const string OccupationalTherapist = "occupationalTherapist";

    public static readonly IReadOnlyList<string> All = [Nurse, HealthWorker, HomeHelper, Physiotherapist, OccupationalTherapist];

    /// <summary>
    /// Who may do a task that needs <paramref name="required"/>: a nurse may do a health worker's tasks and both may
    /// do a home helper's, as in a Norwegian home-care unit; therapists do only their own.
    /// </summary>
    public static bool Covers(IEnumerable<string> held, string required)
    {
        foreach (var competence in held)
        {
            if (competence == required
                || (competence == Nurse && required is HealthWorker or HomeHelper)
                || (competence == HealthWorker && required == HomeHelper))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The competences a staff member holding <paramref name="held"/> can cover (what the planner matches on).</summary>
    public static IReadOnlySet<string> Effective(IEnumerable<string> held) =>
        All.Where(required => Covers(held, required)).ToHashSet(StringComparer.Ordinal);
}
