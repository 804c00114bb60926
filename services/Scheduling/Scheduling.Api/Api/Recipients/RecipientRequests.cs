namespace CareServices.Scheduling.Api.Api.Recipients;

public sealed record ContactPersonsRequest(Guid? PrimaryStaffId, Guid? SecondaryStaffId);

public sealed record ContactSuggestionResponse(Guid StaffId, string Name, int Score, int Caseload, IReadOnlyList<string> Reasons);

public sealed record UnavailabilityRequest(DateOnly? FirstDay, DateOnly? LastDay, string? Reason);

public sealed record UnavailabilityResponse(Guid Id, DateOnly FirstDay, DateOnly LastDay, string Reason, int CancelledVisits);

public sealed record StaffPreferenceRequest(bool? Refused);

/// <summary>A recipient's wish for one task: other weekdays (RRULE BYDAY codes) and/or another time window; empty clears it.</summary>
public sealed record TaskPreferenceRequest(IReadOnlyList<DayOfWeek>? Weekdays, TimeOnly? WindowStart, TimeOnly? WindowEnd);

public sealed record CareTaskResponse(
    Guid Id, Guid DecisionId, Guid ServiceLineId, string ServiceCode, string Competence, int Minutes, bool DoubleStaffing,
    string Recurrence, TimeOnly WindowStart, TimeOnly WindowEnd, string? PreferredRecurrence, TimeOnly? PreferredWindowStart,
    TimeOnly? PreferredWindowEnd, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record RecipientVisitResponse(
    Guid Id, DateOnly Date, TimeOnly WindowStart, TimeOnly WindowEnd, int Minutes, bool DoubleStaffing, string Status,
    DateTimeOffset? PlannedStart, IReadOnlyList<Guid> StaffIds, bool Published, IReadOnlyList<string> Tasks);
