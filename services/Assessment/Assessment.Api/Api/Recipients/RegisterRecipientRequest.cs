namespace CareServices.Assessment.Api.Api.Recipients;

public sealed record RegisterRecipientRequest(
    string? Name,
    DateOnly? BirthDate,
    string? NationalId,
    AddressDto? Address,
    string? Zone,
    string? PreferredLanguage,
    bool? LivesAlone = null,
    HomeNotesDto? HomeNotes = null,
    KeyArrangementRequest? KeyArrangement = null,
    IReadOnlyList<string>? WelfareTechnology = null);
