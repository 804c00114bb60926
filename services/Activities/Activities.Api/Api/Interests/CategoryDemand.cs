using CareServices.Activities.Domain.Calendar;

namespace CareServices.Activities.Api.Api.Interests;

/// <summary>
/// How many recipients of a zone want an activity category: they do it now, or would like to try it (from their
/// newest checklist; <see cref="WouldLikeToTry"/> is what is missing today).
/// </summary>
public sealed record CategoryDemand(string Zone, ActivityCategory Category, int Recipients, int DoNow, int WouldLikeToTry, int UsedTo);
