namespace CareServices.Assessment.Domain.Decisions;

/// <summary>Why a decision cannot take a step: the field concerned and the rule, as the API reports it (409).</summary>
public sealed record DecisionRefusal(string Field, string Rule)
{
    public const string CreateANewVersion = "a granted decision is never edited in place: create a new version";
}
