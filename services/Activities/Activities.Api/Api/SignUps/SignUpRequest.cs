namespace CareServices.Activities.Api.Api.SignUps;

/// <summary>A sign-up for the occurrence of an activity that starts at <see cref="OccurrenceStart"/>.</summary>
public sealed record SignUpRequest(Guid? RecipientId, DateTimeOffset? OccurrenceStart, bool Transport);
