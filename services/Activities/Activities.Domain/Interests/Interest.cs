using CareServices.Activities.Domain.Calendar;

namespace CareServices.Activities.Domain.Interests;

/// <summary>One line of the interest checklist: a code, its group, a Norwegian label and the activity categories it points to.</summary>
public sealed record Interest(string Code, InterestGroup Group, string Label, IReadOnlyList<ActivityCategory> Categories);
