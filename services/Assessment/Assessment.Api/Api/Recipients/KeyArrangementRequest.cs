namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary><c>kind</c>: none, keyBox or digitalLock; <c>code</c> is required for a key box and write-only.</summary>
public sealed record KeyArrangementRequest(string? Kind, string? Code, string? Location);
