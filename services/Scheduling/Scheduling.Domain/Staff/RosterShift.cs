namespace CareServices.Scheduling.Domain.Staff;

/// <summary>One shift a staff member works on one date (the roster). Times are local; the end may be the next day.</summary>
public sealed class RosterShift
{
    private RosterShift()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid StaffId { get; private set; }
    public DateOnly Date { get; private set; }
    public string Template { get; private set; } = "";
    public TimeOnly Start { get; private set; }
    public TimeOnly End { get; private set; }

    public int Period => ShiftTemplate.Named(Template)?.Period ?? ShiftTemplate.PeriodOf(Start);

    public static RosterShift Create(string municipalityId, Guid staffId, DateOnly date, ShiftTemplate template, TimeOnly? start = null, TimeOnly? end = null) => new()
    {
        Id = Guid.CreateVersion7(),
        MunicipalityId = municipalityId,
        StaffId = staffId,
        Date = date,
        Template = template.Name,
        Start = start ?? template.Start,
        End = end ?? template.End,
    };

    /// <summary>Minutes from the date's local midnight; a shift past midnight ends after 1,440.</summary>
    public (int Start, int End) MinutesOfDay()
    {
        var start = Start.Hour * 60 + Start.Minute;
        var end = End.Hour * 60 + End.Minute;
        return (start, end <= start ? end + 24 * 60 : end);
    }
}
