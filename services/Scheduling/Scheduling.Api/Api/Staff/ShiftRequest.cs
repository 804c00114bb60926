namespace CareServices.Scheduling.Api.Api.Staff;

/// <summary>One roster entry: a template (day, evening, night) on a date, with its hours unless given.</summary>
public sealed record ShiftRequest(DateOnly? Date, string? Template, TimeOnly? Start, TimeOnly? End);

public sealed record RosterRequest(IReadOnlyList<ShiftRequest>? Shifts);

public sealed record ShiftResponse(Guid Id, Guid StaffId, DateOnly Date, string Template, TimeOnly Start, TimeOnly End);

public sealed record AbsenceRequest(string? Kind, DateOnly? FirstDay, DateOnly? LastDay);

public sealed record AbsenceResponse(Guid Id, Guid StaffId, string Kind, DateOnly FirstDay, DateOnly LastDay);

public sealed record ShiftTemplateResponse(string Name, TimeOnly Start, TimeOnly End);
