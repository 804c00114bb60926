namespace CareServices.Scheduling.Api.Routing;

/// <summary>Travel between every pair of points for one transport mode: minutes and kilometres, row-major.</summary>
public sealed record TravelTable(int Size, double[] Minutes, double[] Kilometres);
