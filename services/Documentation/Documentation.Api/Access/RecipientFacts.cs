namespace CareServices.Documentation.Api.Access;

/// <summary>What the gate reads about the recipient whose record is asked for.</summary>
public sealed record RecipientFacts(Guid Id, string MunicipalityId, string Zone, string PreferredLanguage, Guid? PrimaryContactId, Guid? SecondaryContactId, Guid? CaseWorkerId);
