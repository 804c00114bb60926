namespace CareServices.Scheduling.Domain.Staff;

/// <summary>Whole days a staff member is away (sick, holiday, course): no visits are planned for them then.</summary>
public sealed class StaffAbsence
{
    private StaffAbsence()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid StaffId { get; private set; }
    public string Kind { get; private set; } = "";
    public DateOnly FirstDay { get; private set; }
    public DateOnly LastDay { get; private set; }

    public static StaffAbsence Register(string municipalityId, Guid staffId, string kind, DateOnly firstDay, DateOnly lastDay) => new()
    {
        Id = Guid.CreateVersion7(),
        MunicipalityId = municipalityId,
        StaffId = staffId,
        Kind = kind,
        FirstDay = firstDay,
        LastDay = lastDay,
    };

    public bool Covers(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>Days away, both ends included.</summary>
    public int Days => LastDay.DayNumber - FirstDay.DayNumber + 1;
}
