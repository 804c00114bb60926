using CareServices.Documentation.Domain.Reports;
using CareServices.ServiceDefaults.Problems;

namespace CareServices.Documentation.Api.Api.Reports;

/// <summary>Turns a request into the domain's terms; missing fields and unknown words are 400s naming the allowed values.</summary>
public static class VisitReportParser
{
    public sealed record Parsed(Guid VisitId, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<ReportedTask> Tasks, ConditionCategory? Condition);

    public static (Parsed? Report, ValidationErrors Errors) Parse(VisitReportRequest request)
    {
        var errors = new ValidationErrors()
            .Require(request.VisitId is not null, "visitId", "Required.")
            .Require(request.ActualStart is not null, "actualStart", "Required.")
            .Require(request.ActualEnd is not null, "actualEnd", "Required.")
            .Require(request.Tasks is { Count: > 0 }, "tasks", "Report every planned task of the visit.");
        var tasks = new List<ReportedTask>();
        for (var i = 0; i < (request.Tasks?.Count ?? 0); i++)
        {
            var task = request.Tasks![i];
            NotPerformedReason? reason = null;
            if (task.Reason is not null)
            {
                if (EnumNames<NotPerformedReason>.TryParse(task.Reason, out var parsed))
                {
                    reason = parsed;
                }
                else
                {
                    errors.Add($"tasks[{i}].reason", $"Must be one of: {EnumNames<NotPerformedReason>.Allowed}.");
                }
            }
            tasks.Add(new ReportedTask(task.ServiceLineId, task.Performed, reason, task.ReasonText?.Trim()));
        }
        ConditionCategory? condition = null;
        if (request.ConditionChange is { } change)
        {
            if (EnumNames<ConditionCategory>.TryParse(change.Category, out var category))
            {
                condition = category;
            }
            else
            {
                errors.Add("conditionChange.category", $"Must be one of: {EnumNames<ConditionCategory>.Allowed}.");
            }
        }
        return errors.IsEmpty
            ? (new Parsed(request.VisitId!.Value, request.ActualStart!.Value, request.ActualEnd!.Value, tasks, condition), errors)
            : (null, errors);
    }
}
