namespace CareServices.Assessment.Api.Api.Recipients;

public sealed record ResourcePersonRequest(string? Name, string? Relation, string? Phone, string? Email, bool? ConsentToInform);
