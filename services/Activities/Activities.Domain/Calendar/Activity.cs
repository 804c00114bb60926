namespace CareServices.Activities.Domain.Calendar;

/// <summary>
/// Something recipients can join: a café, a bus trip, dining friends, a devotion … once or on a recurrence, with a
/// place, a capacity and whether transport is offered. Published when created; changed or cancelled afterwards
/// (the whole series, or single occurrences).
/// </summary>
public sealed class Activity : IMunicipalityOwned
{
    private readonly List<DateTimeOffset> _cancelledOccurrences = [];

    private Activity()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid OrganiserId { get; private set; }
    public string Title { get; private set; } = "";
    public ActivityCategory Category { get; private set; }
    public string Description { get; private set; } = "";

    /// <summary>The zone the activity is meant for; null for the whole municipality.</summary>
    public string? Zone { get; private set; }

    public Place Place { get; private set; } = null!;
    public Schedule Schedule { get; private set; } = null!;

    /// <summary>Seats per occurrence; null when anyone may come.</summary>
    public int? Capacity { get; private set; }

    public bool TransportOffered { get; private set; }
    public decimal Cost { get; private set; }
    public string Language { get; private set; } = "";
    public ActivityStatus Status { get; private set; }
    public string? CancellationReason { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>Starts (UTC) of single occurrences of a series that were cancelled.</summary>
    public IReadOnlyList<DateTimeOffset> CancelledOccurrences => _cancelledOccurrences;

    public static Activity Publish(string municipalityId, Guid organiserId, ActivityDetails details, DateTimeOffset now)
    {
        var activity = new Activity
        {
            Id = Guid.CreateVersion7(),
            MunicipalityId = municipalityId,
            OrganiserId = organiserId,
            Status = ActivityStatus.Published,
            PublishedAt = now,
        };
        activity.Apply(details, now);
        return activity;
    }

    /// <summary>Applies new details and returns the camelCase names of the fields that changed.</summary>
    public IReadOnlyList<string> Change(Guid organiserId, ActivityDetails details, DateTimeOffset now)
    {
        var changes = new List<string>();
        void Note(bool changed, string field)
        {
            if (changed)
            {
                changes.Add(field);
            }
        }
        Note(OrganiserId != organiserId, "organiserId");
        Note(Title != details.Title, "title");
        Note(Category != details.Category, "category");
        Note(Description != details.Description, "description");
        Note(Zone != details.Zone, "zone");
        Note(Place != details.Place, "place");
        Note(Schedule.LocalStart != details.Schedule.LocalStart || Schedule.TimeZone != details.Schedule.TimeZone, "startsAt");
        Note(Schedule.LocalEnd != details.Schedule.LocalEnd, "endsAt");
        Note(Schedule.Recurrence != details.Schedule.Recurrence, "recurrence");
        Note(Capacity != details.Capacity, "capacity");
        Note(TransportOffered != details.TransportOffered, "transportOffered");
        Note(Cost != details.Cost, "cost");
        Note(Language != details.Language, "language");
        OrganiserId = organiserId;
        Apply(details, now);
        return changes;
    }

    public void Cancel(string? reason, DateTimeOffset now)
    {
        Status = ActivityStatus.Cancelled;
        CancellationReason = reason;
        ChangedAt = now;
    }

    public void CancelOccurrence(DateTimeOffset start, DateTimeOffset now)
    {
        if (!_cancelledOccurrences.Contains(start))
        {
            _cancelledOccurrences.Add(start);
        }
        ChangedAt = now;
    }

    public bool IsCancelled(DateTimeOffset occurrenceStart) =>
        Status == ActivityStatus.Cancelled || _cancelledOccurrences.Contains(occurrenceStart);

    /// <summary>Occurrences starting in [<paramref name="from"/>, <paramref name="to"/>) that still take place.</summary>
    public IEnumerable<Occurrence> OccurrencesBetween(DateTimeOffset from, DateTimeOffset to) =>
        Status == ActivityStatus.Cancelled ? [] : Schedule.Between(from, to).Where(o => !_cancelledOccurrences.Contains(o.Start));

    private void Apply(ActivityDetails details, DateTimeOffset now)
    {
        Title = details.Title;
        Category = details.Category;
        Description = details.Description;
        Zone = details.Zone;
        Place = details.Place;
        Schedule = details.Schedule;
        Capacity = details.Capacity;
        TransportOffered = details.TransportOffered;
        Cost = details.Cost;
        Language = details.Language;
        ChangedAt = now;
    }
}
