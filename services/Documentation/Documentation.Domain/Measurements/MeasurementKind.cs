namespace CareServices.Documentation.Domain.Measurements;

public enum MeasurementKind
{
    Weight,
    NutritionScreening,
}
