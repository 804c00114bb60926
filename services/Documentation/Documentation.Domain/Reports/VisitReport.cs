using CareServices.Documentation.Domain.Records;
using CareServices.Documentation.Domain.Visits;

namespace CareServices.Documentation.Domain.Reports;

/// <summary>
/// What the care worker who did a visit reports: each planned task done or not (with a reason), the actual start
/// and end, observations and a flagged change in condition. Signed by its author, and then never changed; a
/// mistake is put right by a correction, a new report that references it.
/// </summary>
public sealed class VisitReport
{
    private VisitReport()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid VisitId { get; private set; }
    public Guid RecipientId { get; private set; }
    public DateOnly VisitDate { get; private set; }
    public Guid AuthorStaffId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public DateTimeOffset ActualStart { get; private set; }
    public DateTimeOffset ActualEnd { get; private set; }
    public List<TaskOutcome> Tasks { get; private set; } = [];
    public string? Observations { get; private set; }
    public ConditionCategory? ConditionChange { get; private set; }
    public string? ConditionDescription { get; private set; }
    public DateTimeOffset WrittenAt { get; private set; }
    public DateTimeOffset? SignedAt { get; private set; }
    public Guid? CorrectsReportId { get; private set; }

    public bool IsSigned => SignedAt is not null;

    /// <summary>
    /// A report on <paramref name="visit"/>, or the problems that keep it from being one (times out of order, a task
    /// missing or not planned, a reason missing, text too long).
    /// </summary>
    public static (VisitReport? Report, IReadOnlyList<ReportProblem> Problems) Write(
        Visit visit, Guid authorStaffId, string authorName, DateTimeOffset actualStart, DateTimeOffset actualEnd, IReadOnlyList<ReportedTask> tasks,
        string? observations, ConditionCategory? conditionChange, string? conditionDescription, Guid? correctsReportId, DateTimeOffset now)
    {
        var problems = Check(visit, actualStart, actualEnd, tasks, observations, conditionDescription);
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var planned = visit.Lines.ToDictionary(l => l.ServiceLineId, l => l.Minutes);
        var ordered = tasks.OrderBy(t => visit.Lines.FindIndex(l => l.ServiceLineId == t.ServiceLineId)).ToList();
        var delivered = DeliveredMinutes.Split([.. ordered.Select(t => (planned[t.ServiceLineId], t.Performed))], (int)(actualEnd - actualStart).TotalMinutes);
        var report = new VisitReport
        {
            Id = Guid.CreateVersion7(now),
            MunicipalityId = visit.MunicipalityId,
            VisitId = visit.Id,
            RecipientId = visit.RecipientId,
            VisitDate = visit.Date,
            AuthorStaffId = authorStaffId,
            AuthorName = authorName,
            ActualStart = actualStart,
            ActualEnd = actualEnd,
            Tasks = [.. ordered.Select((t, i) => new TaskOutcome
            {
                ServiceLineId = t.ServiceLineId,
                Performed = t.Performed,
                Reason = t.Performed ? null : t.Reason,
                ReasonText = t.Performed ? null : t.ReasonText,
                PlannedMinutes = planned[t.ServiceLineId],
                DeliveredMinutes = delivered[i],
            })],
            Observations = observations,
            ConditionChange = conditionChange,
            ConditionDescription = conditionChange is null ? null : conditionDescription,
            WrittenAt = now,
            CorrectsReportId = correctsReportId,
        };
        return (report, []);
    }

    public SigningOutcome Sign(Guid staffId, DateTimeOffset now)
    {
        if (IsSigned)
        {
            return SigningOutcome.AlreadySigned;
        }
        if (staffId != AuthorStaffId)
        {
            return SigningOutcome.NotAuthor;
        }
        SignedAt = now;
        return SigningOutcome.Done;
    }

    private static List<ReportProblem> Check(Visit visit, DateTimeOffset start, DateTimeOffset end, IReadOnlyList<ReportedTask> tasks, string? observations, string? conditionDescription)
    {
        var problems = new List<ReportProblem>();
        if (end <= start)
        {
            problems.Add(new("actualEnd", "Must be after actualStart."));
        }
        else if (end - start > TimeSpan.FromHours(24))
        {
            problems.Add(new("actualEnd", "A visit lasts at most 24 hours."));
        }
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            if (!visit.Lines.Any(l => l.ServiceLineId == task.ServiceLineId))
            {
                problems.Add(new($"tasks[{i}].serviceLineId", "Not a task planned for this visit."));
            }
            else if (tasks.Take(i).Any(t => t.ServiceLineId == task.ServiceLineId))
            {
                problems.Add(new($"tasks[{i}].serviceLineId", "Reported twice."));
            }
            if (!task.Performed && task.Reason is null)
            {
                problems.Add(new($"tasks[{i}].reason", "Say why a task was not performed."));
            }
            if (!task.Performed && task.Reason == NotPerformedReason.Other && string.IsNullOrWhiteSpace(task.ReasonText))
            {
                problems.Add(new($"tasks[{i}].reasonText", "Required when the reason is other."));
            }
            if (task.ReasonText is { Length: > TextLimits.MaxLength })
            {
                problems.Add(new($"tasks[{i}].reasonText", $"At most {TextLimits.MaxLength} characters."));
            }
        }
        foreach (var missing in visit.Lines.Where(l => tasks.All(t => t.ServiceLineId != l.ServiceLineId)))
        {
            problems.Add(new("tasks", $"The planned task {missing.ServiceLineId} is not reported."));
        }
        if (observations is { Length: > TextLimits.MaxLength })
        {
            problems.Add(new("observations", $"At most {TextLimits.MaxLength} characters (was {observations.Length})."));
        }
        if (conditionDescription is { Length: > TextLimits.MaxLength })
        {
            problems.Add(new("conditionChange.description", $"At most {TextLimits.MaxLength} characters."));
        }
        return problems;
    }
}
