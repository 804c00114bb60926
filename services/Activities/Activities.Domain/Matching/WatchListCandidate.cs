using CareServices.Activities.Domain.Interests;

namespace CareServices.Activities.Domain.Matching;

/// <summary>A recipient with a checklist, and their last activity or volunteer contact (null: none recorded).</summary>
public sealed record WatchListCandidate(Guid RecipientId, string Name, string Zone, InterestChecklist Checklist, DateTimeOffset? LastContact);
