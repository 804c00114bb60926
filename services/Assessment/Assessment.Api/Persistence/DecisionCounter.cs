namespace CareServices.Assessment.Api.Persistence;

/// <summary>The last decision number used per municipality and year; bumped only by <c>DecisionNumbers</c>' upsert.</summary>
public sealed class DecisionCounter
{
    public string MunicipalityId { get; set; } = "";
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
