namespace CareServices.Assessment.Domain.Recipients;

public sealed record Address(string Street, string PostalCode, string City, double Latitude, double Longitude);
