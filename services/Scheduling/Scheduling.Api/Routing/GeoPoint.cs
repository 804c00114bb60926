namespace CareServices.Scheduling.Api.Routing;

public readonly record struct GeoPoint(double Latitude, double Longitude);
