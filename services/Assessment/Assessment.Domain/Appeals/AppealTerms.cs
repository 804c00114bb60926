namespace CareServices.Assessment.Domain.Appeals;

/// <summary>What the law gives an appeal: the country whose calendar counts the deadline, its weeks, and the body that decides.</summary>
public sealed record AppealTerms(string Country, int Weeks, string AppealBody);
