namespace CareServices.Scheduling.Domain.Staff;

/// <summary>
/// A named shift with its usual hours (local time). A night shift ends the next morning. The period index is what
/// the planner bundles by: a recipient's tasks in one period are one visit by one staff member.
/// </summary>
public sealed record ShiftTemplate(string Name, TimeOnly Start, TimeOnly End, int Period)
{
    public static readonly ShiftTemplate Day = new("day", new TimeOnly(7, 30), new TimeOnly(15, 30), 0);
    public static readonly ShiftTemplate Evening = new("evening", new TimeOnly(15, 0), new TimeOnly(22, 30), 1);
    public static readonly ShiftTemplate Night = new("night", new TimeOnly(22, 0), new TimeOnly(7, 30), 2);

    public static readonly IReadOnlyList<ShiftTemplate> All = [Day, Evening, Night];

    public static ShiftTemplate? Named(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>The period a visit starting at <paramref name="time"/> belongs to.</summary>
    public static int PeriodOf(TimeOnly time) =>
        time >= Night.Start || time < new TimeOnly(6, 0) ? Night.Period
        : time >= Evening.Start ? Evening.Period
        : Day.Period;
}
