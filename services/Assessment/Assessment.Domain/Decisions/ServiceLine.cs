using CareServices.Assessment.Domain.Catalogue;

namespace CareServices.Assessment.Domain.Decisions;

/// <summary>One granted (or proposed) service: what, how long, how often, when, by whom.</summary>
public sealed class ServiceLine
{
    private ServiceLine()
    {
    }

    public Guid Id { get; private set; }
    public Guid DecisionId { get; private set; }
    public int LineNumber { get; private set; }
    public string ServiceCode { get; private set; } = "";
    public ServiceKind Kind { get; private set; }
    public int MinutesPerVisit { get; private set; }
    public VisitPattern Pattern { get; private set; } = null!;
    public Competence Competence { get; private set; }
    public bool DoubleStaffing { get; private set; }
    public bool CoPayment { get; private set; }
    public string? Instructions { get; private set; }

    public static ServiceLine Create(
        int lineNumber, ServiceType service, int minutesPerVisit, VisitPattern pattern, Competence? competence,
        bool doubleStaffing, bool? coPayment, string? instructions, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            LineNumber = lineNumber,
            ServiceCode = service.Code,
            Kind = service.Kind,
            MinutesPerVisit = minutesPerVisit,
            Pattern = pattern,
            Competence = competence ?? service.DefaultCompetence,
            DoubleStaffing = doubleStaffing,
            CoPayment = coPayment ?? service.CoPayment,
            Instructions = string.IsNullOrWhiteSpace(instructions) ? null : instructions.Trim(),
        };

    public decimal VisitsPerWeek => Pattern.VisitsPerWeek;

    /// <summary>The recipient's granted time per week, in hours (two decimals).</summary>
    public decimal HoursPerWeek => Math.Round(MinutesPerVisit * VisitsPerWeek / 60m, 2);

    /// <summary>Staff time per week: double staffing needs two people for the whole visit.</summary>
    public decimal StaffHoursPerWeek => Math.Round(MinutesPerVisit * VisitsPerWeek * (DoubleStaffing ? 2 : 1) / 60m, 2);

    public int MinutesPerDay => MinutesPerVisit * Pattern.VisitsPerDay;

    /// <summary>Two lines of the same service on a common day at overlapping times would grant the same help twice.</summary>
    public bool Overlaps(ServiceLine other) =>
        ServiceCode == other.ServiceCode
        && Pattern.Days.Intersect(other.Pattern.Days).Any()
        && Pattern.Occupied(MinutesPerVisit).Any(w => other.Pattern.Occupied(other.MinutesPerVisit).Any(w.Overlaps));
}
