namespace CareServices.Scheduling.Api.KeyCodes;

/// <summary>
/// How a care worker gets into a recipient's home on today's visit: the arrangement (<c>keyBox</c>, <c>digitalLock</c>,
/// …), where it is and its code. Fetched from Assessment per request, never stored, cached or logged.
/// </summary>
public sealed record KeyCode(string Kind, string? Location, string? Code);
