namespace CareServices.Activities.Domain;

/// <summary>A row that belongs to one municipality (tenant); every query filters on it.</summary>
public interface IMunicipalityOwned
{
    string MunicipalityId { get; }
}
