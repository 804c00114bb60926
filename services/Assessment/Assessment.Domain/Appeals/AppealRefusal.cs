namespace CareServices.Assessment.Domain.Appeals;

/// <summary>Why an appeal cannot take a step: the field concerned and the rule (409).</summary>
public sealed record AppealRefusal(string Field, string Rule);
