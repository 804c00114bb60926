namespace CareServices.Assessment.Api.Api;

public sealed record RegisterRecipientRequest(
    string? Name,
    DateOnly? BirthDate,
    string? NationalId,
    AddressDto? Address,
    string? Zone,
    string? PreferredLanguage);
