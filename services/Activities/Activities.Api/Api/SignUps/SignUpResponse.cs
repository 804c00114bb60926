using CareServices.Activities.Domain.SignUps;

namespace CareServices.Activities.Api.Api.SignUps;

/// <summary>A sign-up; <see cref="WaitListPosition"/> is 1-based while wait-listed.</summary>
public sealed record SignUpResponse(
    Guid Id, Guid ActivityId, Guid RecipientId, DateTimeOffset OccurrenceStart, DateTimeOffset OccurrenceEnd, SignUpStatus Status,
    int? WaitListPosition, TransportStatus Transport, Guid? DriverVolunteerId, bool? Attended, DateTimeOffset SignedUpAt)
{
    public static SignUpResponse From(SignUp s, int? waitListPosition = null) => new(
        s.Id, s.ActivityId, s.RecipientId, s.OccurrenceStart, s.OccurrenceEnd, s.Status,
        s.Status == SignUpStatus.WaitListed ? waitListPosition : null, s.Transport, s.DriverVolunteerId, s.Attended, s.SignedUpAt);
}
