namespace CareServices.Activities.Domain.Calendar;

/// <summary>What an organiser says about an activity when publishing or changing it (already validated).</summary>
public sealed record ActivityDetails(
    string Title, ActivityCategory Category, string Description, string? Zone, Place Place, Schedule Schedule,
    int? Capacity, bool TransportOffered, decimal Cost, string Language);
