namespace CareServices.Assessment.Api.Api.Decisions;

/// <summary>A draft decision, or a draft's replacement, or (with <c>validFrom</c> as the effective date) a new version.</summary>
public sealed record DecisionRequest(
    Guid? RecipientId,
    string? LegalBasis,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    ContactPersonDto? ContactPerson,
    IReadOnlyList<ServiceLineRequest>? Lines);
