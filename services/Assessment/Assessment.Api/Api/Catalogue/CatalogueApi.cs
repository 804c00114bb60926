using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Catalogue;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Catalogue;

/// <summary>The municipality's service catalogue: what a decision's lines may grant.</summary>
public static class CatalogueApi
{
    public sealed record ServiceTypeDto(string? Code, string? NameNb, string? NameSv, string? NameDa, string? NameEn, string? DefaultCompetence, bool? CoPayment, string? Kind);

    public sealed record ServiceTypeResponse(string Code, string NameNb, string NameSv, string NameDa, string NameEn, Competence DefaultCompetence, bool CoPayment, ServiceKind Kind)
    {
        public static ServiceTypeResponse From(ServiceType s) => new(s.Code, s.NameNb, s.NameSv, s.NameDa, s.NameEn, s.DefaultCompetence, s.CoPayment, s.Kind);
    }

    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessment/catalogue").WithTags("Service catalogue");
        group.MapGet("/", ListAsync).RequireAuthorization(AssessmentPolicies.CareStaff)
            .WithName("ListServiceTypes").WithSummary("The municipality's service catalogue");
        group.MapPut("/{code}", PutAsync).RequireAuthorization(Roles.Admin)
            .WithName("PutServiceType").WithSummary("Adds or changes a service type (names in nb, sv, da, en; default competence; co-payment; kind)");
        return app;
    }

    public static async Task<Dictionary<string, ServiceType>> LoadAsync(AssessmentDbContext db, string municipalityId, CancellationToken cancellationToken) =>
        await db.ServiceTypes.AsNoTracking().Where(s => s.MunicipalityId == municipalityId).ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken);

    private static async Task<Ok<List<ServiceTypeResponse>>> ListAsync(AssessmentDbContext db, TenantAccessor tenant, CancellationToken cancellationToken) =>
        TypedResults.Ok((await LoadAsync(db, tenant.RequiredMunicipalityId, cancellationToken)).Values.OrderBy(s => s.Code, StringComparer.Ordinal)
            .Select(ServiceTypeResponse.From).ToList());

    private static async Task<Results<Ok<ServiceTypeResponse>, ValidationProblem>> PutAsync(
        string code, ServiceTypeDto request, AssessmentDbContext db, TenantAccessor tenant, CancellationToken cancellationToken)
    {
        var competenceOk = EnumNames<Competence>.TryParse(request.DefaultCompetence, out var competence);
        var kind = request.Kind switch { "healthCare" => ServiceKind.HealthCare, "practicalAssistance" => ServiceKind.PracticalAssistance, _ => (ServiceKind?)null };
        var errors = new ValidationErrors()
            .Require(code.Length is > 0 and <= 50 && code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'), "code", "lowercase letters, digits and _ only, at most 50")
            .Require(Named(request.NameNb), "nameNb", "is required, at most 200 characters")
            .Require(Named(request.NameSv), "nameSv", "is required, at most 200 characters")
            .Require(Named(request.NameDa), "nameDa", "is required, at most 200 characters")
            .Require(Named(request.NameEn), "nameEn", "is required, at most 200 characters")
            .Require(competenceOk, "defaultCompetence", "must be one of: healthWorker, nurse, homeHelper, physiotherapist, occupationalTherapist")
            .Require(request.CoPayment is not null, "coPayment", "is required")
            .Require(kind is not null, "kind", "must be healthCare or practicalAssistance");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var entry = new CatalogueEntry(code, request.NameNb!.Trim(), request.NameSv!.Trim(), request.NameDa!.Trim(), request.NameEn!.Trim(), competence, request.CoPayment!.Value, kind!.Value);
        var municipality = tenant.RequiredMunicipalityId;
        var existing = await db.ServiceTypes.FirstOrDefaultAsync(s => s.MunicipalityId == municipality && s.Code == code, cancellationToken);
        if (existing is null)
        {
            existing = ServiceType.Create(municipality, entry);
            db.ServiceTypes.Add(existing);
        }
        else
        {
            existing.Change(entry);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ServiceTypeResponse.From(existing));
    }

    private static bool Named(string? name) => !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= 200;
}
