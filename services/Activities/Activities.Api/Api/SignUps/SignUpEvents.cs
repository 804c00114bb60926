using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.SignUps;
using CareServices.Contracts.Activities;

namespace CareServices.Activities.Api.Api.SignUps;

public static class SignUpEvents
{
    public static RecipientSignedUp SignedUp(SignUp s, Activity a, int? waitListPosition, bool movedUp, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        MunicipalityId = s.MunicipalityId,
        SignUpId = s.Id,
        ActivityId = a.Id,
        RecipientId = s.RecipientId,
        ActivityTitle = a.Title,
        PlaceName = a.Place.Name,
        OccurrenceStart = s.OccurrenceStart,
        Status = s.Status == SignUpStatus.Confirmed ? "confirmed" : "waitListed",
        WaitListPosition = s.Status == SignUpStatus.WaitListed ? waitListPosition : null,
        MovedUpFromWaitList = movedUp,
        TransportRequested = s.Transport != TransportStatus.NotRequested,
    };

    public static SignUpCancelled Cancelled(SignUp s, Activity a, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        MunicipalityId = s.MunicipalityId,
        SignUpId = s.Id,
        ActivityId = a.Id,
        RecipientId = s.RecipientId,
        ActivityTitle = a.Title,
        OccurrenceStart = s.OccurrenceStart,
    };
}
