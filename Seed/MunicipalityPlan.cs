namespace CareServices.Seed;

public sealed record ZonePlan(string Name, double Latitude, double Longitude, string PostalCode, string City, double Share);

public sealed record MunicipalityPlan(string Number, string Name, int Recipients, IReadOnlyList<ZonePlan> Zones, int Seed);
