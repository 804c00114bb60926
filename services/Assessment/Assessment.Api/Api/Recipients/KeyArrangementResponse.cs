using CareServices.Assessment.Domain.Recipients;

namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary>The arrangement without its code: <c>hasCode</c> says whether one is stored.</summary>
public sealed record KeyArrangementResponse(KeyArrangementKind Kind, string? Location, bool HasCode)
{
    public static KeyArrangementResponse From(KeyArrangement arrangement) =>
        new(arrangement.Kind, arrangement.Location, arrangement.ProtectedCode is not null);
}
