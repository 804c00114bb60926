namespace CareServices.Activities.Api.Api.Activities;

/// <summary>One occurrence: UTC instants and the local wall-clock times in the activity's time zone.</summary>
public sealed record OccurrenceResponse(DateTimeOffset Start, DateTimeOffset End, DateTime LocalStart, DateTime LocalEnd);
