using System.Globalization;
using CareServices.Assessment.Domain.Catalogue;
using CareServices.Assessment.Domain.Decisions;
using CareServices.ServiceDefaults.Problems;

namespace CareServices.Assessment.Api.Api.Decisions;

/// <summary>
/// Checks a decision request field by field and builds its service lines. Every message names the JSON path
/// (<c>lines[1].timeWindows[0].end</c>) and the rule.
/// </summary>
public static class DecisionRules
{
    private const int MinutesPerDay = 24 * 60;
    private static readonly string[] ClockFormats = ["HH:mm", "HH:mm:ss"];

    public sealed record Checked(ValidationErrors Errors, IReadOnlyList<ServiceLine> Lines, ContactPerson? ContactPerson);

    public static Checked Check(DecisionRequest request, IReadOnlyDictionary<string, ServiceType> catalogue, DateTimeOffset now)
    {
        var errors = new ValidationErrors()
            .Require(request.ValidFrom is not null, "validFrom", "is required (yyyy-MM-dd)")
            .Require(request.ValidTo is null || request.ValidFrom is null || request.ValidTo >= request.ValidFrom, "validTo", "must not be before validFrom")
            .Require(request.LegalBasis is null || request.LegalBasis.Trim().Length is > 0 and <= 300, "legalBasis", "at most 300 characters, not blank (or absent for the default)")
            .Require(request.Lines is { Count: > 0 and <= 30 }, "lines", "between 1 and 30 service lines are required");
        ContactPerson? contact = null;
        if (request.ContactPerson is { } person)
        {
            errors.Require(!string.IsNullOrWhiteSpace(person.Name) && person.Name.Trim().Length <= 200, "contactPerson.name", "is required, at most 200 characters");
            errors.Require(person.Phone is null || person.Phone.Length <= 30, "contactPerson.phone", "at most 30 characters");
            contact = string.IsNullOrWhiteSpace(person.Name) ? null : new ContactPerson(person.Name.Trim(), person.Phone?.Trim());
        }

        var lines = new List<ServiceLine>();
        for (var i = 0; i < (request.Lines?.Count ?? 0); i++)
        {
            if (CheckLine(request.Lines![i], $"lines[{i}]", i + 1, catalogue, errors, now) is { } line)
            {
                lines.Add(line);
            }
        }
        for (var i = 0; i < lines.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (lines[i].Overlaps(lines[j]))
                {
                    errors.Add($"lines[{lines[i].LineNumber - 1}].serviceCode",
                        $"overlaps lines[{lines[j].LineNumber - 1}]: the same service type on a common day at overlapping times");
                }
            }
        }
        return new Checked(errors, lines, contact);
    }

    private static ServiceLine? CheckLine(ServiceLineRequest line, string path, int number, IReadOnlyDictionary<string, ServiceType> catalogue, ValidationErrors errors, DateTimeOffset now)
    {
        var errorsBefore = errors.ToDictionary().Values.Sum(v => v.Length);
        ServiceType? service = null;
        if (string.IsNullOrWhiteSpace(line.ServiceCode))
        {
            errors.Add($"{path}.serviceCode", "is required");
        }
        else if (!catalogue.TryGetValue(line.ServiceCode, out service))
        {
            errors.Add($"{path}.serviceCode", $"unknown service type '{line.ServiceCode}'; the catalogue has: {string.Join(", ", catalogue.Keys.Order(StringComparer.Ordinal))}");
        }
        errors.Require(line.MinutesPerVisit is > 0, $"{path}.minutesPerVisit", "is required and must be more than 0");

        var pattern = CheckPattern(line, path, errors);
        if (pattern is not null && line.MinutesPerVisit is > 0 and var minutes && minutes * pattern.VisitsPerDay > MinutesPerDay)
        {
            errors.Add($"{path}.minutesPerVisit", $"{pattern.VisitsPerDay} visits of {minutes} minutes exceed 24 hours per day");
        }

        Competence? competence = null;
        if (line.Competence is not null)
        {
            if (EnumNames<Competence>.TryParse(line.Competence, out var parsed))
            {
                competence = parsed;
            }
            else
            {
                errors.Add($"{path}.competence", "must be one of: healthWorker, nurse, homeHelper, physiotherapist, occupationalTherapist");
            }
        }
        errors.Require(line.Instructions is null || line.Instructions.Length <= 2000, $"{path}.instructions", "at most 2000 characters");

        var valid = errors.ToDictionary().Values.Sum(v => v.Length) == errorsBefore;
        return valid && service is not null && pattern is not null
            ? ServiceLine.Create(number, service, line.MinutesPerVisit!.Value, pattern, competence, line.DoubleStaffing ?? false, line.CoPayment, line.Instructions, now)
            : null;
    }

    private static VisitPattern? CheckPattern(ServiceLineRequest line, string path, ValidationErrors errors)
    {
        var frequency = line.Frequency;
        if (frequency is null)
        {
            errors.Add($"{path}.frequency", "is required");
            return null;
        }
        FrequencyKind? kind = frequency.Kind switch
        {
            "daily" => FrequencyKind.Daily,
            "weekdays" => FrequencyKind.Weekdays,
            "everyNWeeks" => FrequencyKind.EveryNWeeks,
            "timesPerDay" => FrequencyKind.TimesPerDay,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add($"{path}.frequency.kind", "must be one of: daily, weekdays, everyNWeeks, timesPerDay");
            return null;
        }

        var days = new List<DayOfWeek>();
        foreach (var day in frequency.Weekdays ?? [])
        {
            if (EnumNames<DayOfWeek>.TryParse(day, out var parsed))
            {
                days.Add(parsed);
            }
            else
            {
                errors.Add($"{path}.frequency.weekdays", $"'{day}' is not a weekday (monday … sunday)");
            }
        }
        days = days.Distinct().OrderBy(d => ((int)d + 6) % 7).ToList();
        var ok = true;
        switch (kind)
        {
            case FrequencyKind.Weekdays when days.Count == 0:
                errors.Add($"{path}.frequency.weekdays", "at least one weekday is required");
                ok = false;
                break;
            case FrequencyKind.EveryNWeeks when frequency.IntervalWeeks is not (>= 1 and <= 52):
                errors.Add($"{path}.frequency.intervalWeeks", "is required for everyNWeeks: 1 to 52");
                ok = false;
                break;
            case FrequencyKind.TimesPerDay when frequency.TimesPerDay is not (>= 1 and <= 24):
                errors.Add($"{path}.frequency.timesPerDay", "is required for timesPerDay: 1 to 24");
                ok = false;
                break;
        }
        if (kind == FrequencyKind.EveryNWeeks && days.Count == 0)
        {
            errors.Add($"{path}.frequency.weekdays", "name the weekday(s) of the visit");
            ok = false;
        }

        var windows = new List<TimeWindow>();
        for (var j = 0; j < (line.TimeWindows?.Count ?? 0); j++)
        {
            var window = line.TimeWindows![j];
            var start = Clock(window.Start, $"{path}.timeWindows[{j}].start", errors);
            var end = Clock(window.End, $"{path}.timeWindows[{j}].end", errors);
            if (start is not null && end is not null)
            {
                if (end <= start)
                {
                    errors.Add($"{path}.timeWindows[{j}].end", "must be after start");
                    ok = false;
                }
                else
                {
                    windows.Add(new TimeWindow(start.Value, end.Value));
                }
            }
            else
            {
                ok = false;
            }
        }
        var visitsPerDay = kind == FrequencyKind.TimesPerDay ? frequency.TimesPerDay ?? 1 : 1;
        if (windows.Count > visitsPerDay)
        {
            errors.Add($"{path}.timeWindows", $"at most one window per visit of the day ({visitsPerDay})");
            ok = false;
        }
        var ordered = windows.OrderBy(w => w.Start).ToList();
        for (var j = 1; j < ordered.Count; j++)
        {
            if (ordered[j].Overlaps(ordered[j - 1]))
            {
                errors.Add($"{path}.timeWindows", "the windows of one day must not overlap");
                ok = false;
            }
        }
        TimeOnly? exact = null;
        if (line.ExactTime is not null)
        {
            exact = Clock(line.ExactTime, $"{path}.exactTime", errors);
            ok &= exact is not null;
            if (windows.Count > 0)
            {
                errors.Add($"{path}.exactTime", "give time windows or an exact agreed time, not both");
                ok = false;
            }
            if (visitsPerDay > 1)
            {
                errors.Add($"{path}.exactTime", "an exact time fits one visit a day; use a window per visit");
                ok = false;
            }
        }
        return ok
            ? new VisitPattern(kind.Value, kind == FrequencyKind.Daily ? [] : days, kind == FrequencyKind.EveryNWeeks ? frequency.IntervalWeeks!.Value : 1,
                visitsPerDay, ordered, exact)
            : null;
    }

    private static TimeOnly? Clock(string? text, string field, ValidationErrors errors)
    {
        if (TimeOnly.TryParseExact(text, ClockFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        errors.Add(field, "is required, a time of day as HH:mm");
        return null;
    }
}
