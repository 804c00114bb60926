namespace CareServices.Assessment.Domain.Catalogue;

public sealed record CatalogueEntry(
    string Code, string NameNb, string NameSv, string NameDa, string NameEn, Competence DefaultCompetence, bool CoPayment, ServiceKind Kind);
