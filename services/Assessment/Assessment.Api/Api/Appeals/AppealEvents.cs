using System.Text.Json;
using CareServices.Assessment.Domain.Appeals;
using CareServices.Contracts.Assessment;

namespace CareServices.Assessment.Api.Api.Appeals;

public static class AppealEvents
{
    public static DecisionAppealed Appealed(Appeal appeal, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        MunicipalityId = appeal.MunicipalityId,
        AppealId = appeal.Id,
        DecisionId = appeal.DecisionId,
        Number = appeal.DecisionNumber,
        Version = appeal.DecisionVersion,
        RecipientId = appeal.RecipientId,
        ReceivedOn = appeal.ReceivedOn,
        Deadline = appeal.Deadline,
        Late = appeal.Late,
        AppealBody = appeal.AppealBody,
    };

    /// <summary>Called once the appeal is concluded (its outcome set).</summary>
    public static AppealDecided Decided(Appeal appeal, bool byMunicipality, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        MunicipalityId = appeal.MunicipalityId,
        AppealId = appeal.Id,
        DecisionId = appeal.DecisionId,
        Number = appeal.DecisionNumber,
        RecipientId = appeal.RecipientId,
        DecidedBy = byMunicipality ? "municipality" : "appealBody",
        Outcome = JsonNamingPolicy.CamelCase.ConvertName(appeal.Outcome!.Value.ToString()),
        DecidedOn = appeal.OutcomeOn!.Value,
        NewDecisionId = appeal.NewDecisionId,
    };
}
