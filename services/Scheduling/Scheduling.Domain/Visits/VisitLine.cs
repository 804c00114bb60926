namespace CareServices.Scheduling.Domain.Visits;

/// <summary>One task of a visit: the granted service line it serves and its minutes.</summary>
public sealed record VisitLine(Guid ServiceLineId, string ServiceCode, string Competence, int Minutes);
