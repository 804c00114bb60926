namespace CareServices.Activities.Domain.SignUps;

/// <summary>
/// A recipient's place at one occurrence of an activity: a seat, or a place on the wait list (ordered by when they
/// signed up) that becomes a seat when someone with a seat cancels. Attendance is recorded afterwards.
/// </summary>
public sealed class SignUp : IMunicipalityOwned
{
    private SignUp()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid ActivityId { get; private set; }
    public DateTimeOffset OccurrenceStart { get; private set; }
    public DateTimeOffset OccurrenceEnd { get; private set; }
    public Guid RecipientId { get; private set; }
    public SignUpStatus Status { get; private set; }
    public DateTimeOffset SignedUpAt { get; private set; }

    /// <summary>Who signed up: the recipient themselves or a member of staff on their behalf (token subject).</summary>
    public string SignedUpBy { get; private set; } = "";

    public DateTimeOffset? CancelledAt { get; private set; }
    public TransportStatus Transport { get; private set; }
    public Guid? DriverVolunteerId { get; private set; }
    public bool? Attended { get; private set; }

    public static SignUp Take(
        string municipalityId, Guid activityId, DateTimeOffset occurrenceStart, DateTimeOffset occurrenceEnd, Guid recipientId,
        bool seatFree, bool transportRequested, string signedUpBy, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(),
            MunicipalityId = municipalityId,
            ActivityId = activityId,
            OccurrenceStart = occurrenceStart,
            OccurrenceEnd = occurrenceEnd,
            RecipientId = recipientId,
            Status = seatFree ? SignUpStatus.Confirmed : SignUpStatus.WaitListed,
            SignedUpAt = now,
            SignedUpBy = signedUpBy,
            Transport = transportRequested ? TransportStatus.Requested : TransportStatus.NotRequested,
        };

    public bool IsActive => Status != SignUpStatus.Cancelled;

    public void Cancel(DateTimeOffset now)
    {
        Status = SignUpStatus.Cancelled;
        CancelledAt = now;
        DriverVolunteerId = null;
    }

    /// <summary>A wait-listed sign-up takes a seat someone gave up.</summary>
    public void MoveUp() => Status = SignUpStatus.Confirmed;

    public void RequestTransport() => Transport = TransportStatus.Requested;

    public void ArrangeTransport(Guid driverVolunteerId)
    {
        Transport = TransportStatus.Arranged;
        DriverVolunteerId = driverVolunteerId;
    }

    public void RecordAttendance(bool attended) => Attended = attended;
}
