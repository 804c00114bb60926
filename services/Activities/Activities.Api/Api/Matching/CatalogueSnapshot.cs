using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.Volunteers;

namespace CareServices.Activities.Api.Api.Matching;

/// <summary>One load of a municipality's published activities and active volunteers, with the fingerprint it was read at.</summary>
public sealed record CatalogueSnapshot(string Fingerprint, IReadOnlyList<Activity> Activities, IReadOnlyList<Volunteer> Volunteers);
