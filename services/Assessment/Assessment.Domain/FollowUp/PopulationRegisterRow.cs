namespace CareServices.Assessment.Domain.FollowUp;

/// <summary>One resident from a population-register export, as the import reads it.</summary>
public sealed record PopulationRegisterRow(int Line, string NationalId, string Name, DateOnly BirthDate, string Street, string PostalCode, string City);
