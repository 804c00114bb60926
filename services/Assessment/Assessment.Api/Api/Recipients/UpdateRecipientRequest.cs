namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary>Only the fields present change; an absent (null) field keeps its value.</summary>
public sealed record UpdateRecipientRequest(
    string? Name,
    AddressDto? Address,
    string? Zone,
    string? PreferredLanguage,
    bool? LivesAlone,
    HomeNotesDto? HomeNotes,
    KeyArrangementRequest? KeyArrangement,
    IReadOnlyList<string>? WelfareTechnology);
