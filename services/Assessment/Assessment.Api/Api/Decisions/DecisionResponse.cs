using CareServices.Assessment.Domain.Catalogue;
using CareServices.Assessment.Domain.Decisions;

namespace CareServices.Assessment.Api.Api.Decisions;

/// <summary>A decision as staff and the recipient read it, with the computed hours per line and in total.</summary>
public sealed record DecisionResponse(
    Guid Id,
    string Number,
    int Version,
    Guid? PreviousVersionId,
    Guid RecipientId,
    DecisionStatus Status,
    string LegalBasis,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    DateOnly? EndedOn,
    string? Reason,
    ContactPersonDto? ContactPerson,
    decimal HoursPerWeek,
    decimal StaffHoursPerWeek,
    IReadOnlyList<ServiceLineResponse> Lines,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DecidedAt)
{
    public static DecisionResponse From(Decision d) => new(
        d.Id, d.Number, d.Version, d.PreviousVersionId, d.RecipientId, d.Status, d.LegalBasis, d.ValidFrom, d.ValidTo, d.EndedOn, d.Reason,
        d.ContactPerson is null ? null : new ContactPersonDto(d.ContactPerson.Name, d.ContactPerson.Phone),
        d.HoursPerWeek, d.StaffHoursPerWeek, d.Lines.OrderBy(l => l.LineNumber).Select(ServiceLineResponse.From).ToList(), d.CreatedAt, d.DecidedAt);
}

public sealed record ServiceLineResponse(
    Guid Id,
    int LineNumber,
    string ServiceCode,
    ServiceKind Kind,
    int MinutesPerVisit,
    FrequencyResponse Frequency,
    IReadOnlyList<TimeWindowDto> TimeWindows,
    string? ExactTime,
    Competence Competence,
    bool DoubleStaffing,
    bool CoPayment,
    string? Instructions,
    decimal VisitsPerWeek,
    decimal HoursPerWeek,
    decimal StaffHoursPerWeek)
{
    public static ServiceLineResponse From(ServiceLine l) => new(
        l.Id, l.LineNumber, l.ServiceCode, l.Kind, l.MinutesPerVisit,
        new FrequencyResponse(l.Pattern.Kind, l.Pattern.Days, l.Pattern.IntervalWeeks, l.Pattern.TimesPerDay),
        l.Pattern.Windows.Select(w => new TimeWindowDto(Clock(w.Start), Clock(w.End))).ToList(),
        l.Pattern.ExactTime is { } at ? Clock(at) : null,
        l.Competence, l.DoubleStaffing, l.CoPayment, l.Instructions, l.VisitsPerWeek, l.HoursPerWeek, l.StaffHoursPerWeek);

    internal static string Clock(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record FrequencyResponse(FrequencyKind Kind, IReadOnlyList<DayOfWeek> Weekdays, int IntervalWeeks, int TimesPerDay);
