namespace CareServices.Assessment.Api.Api.Recipients;

public sealed record HomeNotesDto(string? Pets, bool? Smoking, string? Aids, string? Other);
