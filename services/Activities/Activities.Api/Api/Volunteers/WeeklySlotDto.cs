namespace CareServices.Activities.Api.Api.Volunteers;

/// <summary>A weekly free time: <c>day</c> in English (<c>tuesday</c>), times in local time.</summary>
public sealed record WeeklySlotDto(string? Day, TimeOnly? From, TimeOnly? To);
