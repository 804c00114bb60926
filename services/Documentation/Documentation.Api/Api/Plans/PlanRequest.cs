namespace CareServices.Documentation.Api.Api.Plans;

/// <summary>New texts for lines of a draft plan; lines not named keep theirs.</summary>
public sealed record PlanRequest(IReadOnlyList<PlanLineRequest>? Lines);
