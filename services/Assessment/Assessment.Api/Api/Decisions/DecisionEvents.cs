using System.Security.Claims;
using System.Text.Json;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Decisions;
using CareServices.Contracts.Assessment;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Assessment.Api.Api.Decisions;

public static class DecisionEvents
{
    public static DecisionGranted Granted(Decision decision, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        MunicipalityId = decision.MunicipalityId,
        AggregateVersion = decision.AggregateVersion,
        Decision = Snapshot(decision),
    };

    public static DecisionChanged Changed(Decision previous, Decision current, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        MunicipalityId = current.MunicipalityId,
        AggregateVersion = current.AggregateVersion,
        Previous = Snapshot(previous),
        Current = Snapshot(current),
        EffectiveFrom = current.ValidFrom,
    };

    /// <summary>The granting case worker as the recipient's case worker, when their token names them as staff.</summary>
    public static CaseWorkerAssigned? CaseWorker(Decision decision, ClaimsPrincipal user, DateTimeOffset now) =>
        Guid.TryParse(user.FindFirst(ClaimNames.StaffId)?.Value, out var staffId)
            ? new CaseWorkerAssigned
            {
                OccurredAt = now,
                MunicipalityId = decision.MunicipalityId,
                RecipientId = decision.RecipientId,
                StaffId = staffId,
                Name = user.FindFirst(ClaimNames.Name)?.Value ?? user.Subject(),
                DecisionId = decision.Id,
            }
            : null;

    public static DecisionTerminated Terminated(Decision decision, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        MunicipalityId = decision.MunicipalityId,
        AggregateVersion = decision.AggregateVersion,
        DecisionId = decision.Id,
        Number = decision.Number,
        Version = decision.Version,
        RecipientId = decision.RecipientId,
        LastDay = decision.EndedOn!.Value,
        Reason = decision.Reason ?? "",
    };

    public static DecisionExpiring Expiring(Decision decision, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        MunicipalityId = decision.MunicipalityId,
        AggregateVersion = decision.AggregateVersion,
        DecisionId = decision.Id,
        Number = decision.Number,
        Version = decision.Version,
        RecipientId = decision.RecipientId,
        ValidTo = decision.ValidTo!.Value,
    };

    public static DecisionSnapshot Snapshot(Decision decision) => new()
    {
        DecisionId = decision.Id,
        Number = decision.Number,
        Version = decision.Version,
        RecipientId = decision.RecipientId,
        LegalBasis = decision.LegalBasis,
        ValidFrom = decision.ValidFrom,
        ValidTo = decision.EndedOn ?? decision.ValidTo,
        HoursPerWeek = decision.HoursPerWeek,
        ContactPersonName = decision.ContactPerson?.Name,
        Lines = decision.Lines.OrderBy(l => l.LineNumber).Select(l => new GrantedServiceLine
        {
            ServiceLineId = l.Id,
            ServiceCode = l.ServiceCode,
            ServiceKind = Camel(l.Kind.ToString()),
            MinutesPerVisit = l.MinutesPerVisit,
            Frequency = Camel(l.Pattern.Kind.ToString()),
            Weekdays = l.Pattern.Days,
            IntervalWeeks = l.Pattern.IntervalWeeks,
            TimesPerDay = l.Pattern.TimesPerDay,
            TimeWindows = l.Pattern.Windows.Select(w => new VisitTimeWindow { Start = w.Start, End = w.End }).ToList(),
            ExactTime = l.Pattern.ExactTime,
            Competence = Camel(l.Competence.ToString()),
            DoubleStaffing = l.DoubleStaffing,
            CoPayment = l.CoPayment,
            Instructions = l.Instructions,
            VisitsPerWeek = l.VisitsPerWeek,
            HoursPerWeek = l.HoursPerWeek,
        }).ToList(),
    };

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
