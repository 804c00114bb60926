using CareServices.Documentation.Api.Access;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Domain.Plans;
using CareServices.ServiceDefaults.Auth;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Api.Exports;

/// <summary>The recipient's record as an HL7 FHIR R4 Bundle, for another system or the recipient's own copy.</summary>
public static class FhirExportApi
{
    public const string FhirJson = "application/fhir+json";

    public static IEndpointRouteBuilder MapFhirExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/documentation/recipients/{recipientId:guid}/fhir")
            .WithTags("Exports")
            .RequireAuthorization(Policies.Staff)
            .BehindRecordGate()
            .MapGet("/", ExportAsync)
            .Touches("fhir-export", RecordPurpose.Read)
            .WithName("ExportFhirRecord")
            .WithSummary("The record as an HL7 FHIR R4 Bundle: Patient, CarePlans with activities and goals, an Encounter per documented visit, Flags for reported changes, Observations for measurements")
            .Produces<string>(contentType: FhirJson);
        return app;
    }

    private static async Task<ContentHttpResult> ExportAsync(RecordAccess access, DocumentationDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var recipient = await db.Recipients.AsNoTracking().SingleAsync(r => r.Id == access.RecipientId, cancellationToken);
        var plans = await db.ImplementationPlans.AsNoTracking()
            .Where(p => p.RecipientId == access.RecipientId && p.MunicipalityId == access.MunicipalityId && p.Status == PlanStatus.Approved)
            .ToListAsync(cancellationToken);
        var reports = await db.VisitReports.AsNoTracking()
            .Where(r => r.RecipientId == access.RecipientId && r.MunicipalityId == access.MunicipalityId && r.SignedAt != null)
            .OrderBy(r => r.ActualStart)
            .ToListAsync(cancellationToken);
        var measurements = await db.Measurements.AsNoTracking()
            .Where(m => m.RecipientId == access.RecipientId && m.MunicipalityId == access.MunicipalityId)
            .OrderBy(m => m.MeasuredAt)
            .ToListAsync(cancellationToken);
        var bundle = FhirRecordBuilder.Build(recipient, plans, reports, measurements, time.GetUtcNow());
        return TypedResults.Content(new FhirJsonSerializer().SerializeToString(bundle), FhirJson);
    }
}
