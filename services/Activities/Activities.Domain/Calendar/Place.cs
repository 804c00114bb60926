namespace CareServices.Activities.Domain.Calendar;

/// <summary>Where an activity happens, and what makes it reachable for someone in a wheelchair or with a hearing aid.</summary>
public sealed record Place(string Name, string? Address, double Latitude, double Longitude, bool WheelchairAccessible, bool HearingLoop);
