using CareServices.Documentation.Api.Access;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Domain.Measurements;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Api.Measurements;

/// <summary>Weight and nutrition screenings per recipient, with history and trend; behind the record gate.</summary>
public static class MeasurementsApi
{
    public static IEndpointRouteBuilder MapMeasurementsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documentation/recipients/{recipientId:guid}/measurements")
            .WithTags("Measurements")
            .RequireAuthorization(Policies.Staff)
            .BehindRecordGate();
        group.MapGet("/", HistoryAsync)
            .Touches("measurements", RecordPurpose.Read)
            .WithName("GetMeasurements")
            .WithSummary("Weights and nutrition screenings, newest first, with the weight trend (30 and 90 days) and the latest nutrition risk");
        group.MapPost("/weight", RecordWeightAsync)
            .Touches("measurements", RecordPurpose.Write)
            .WithName("RecordWeight")
            .WithSummary("Records a weight in kilograms");
        group.MapPost("/nutrition-screening", RecordScreeningAsync)
            .Touches("measurements", RecordPurpose.Write)
            .WithName("RecordNutritionScreening")
            .WithSummary("Records an MNA-SF nutrition screening (six items, 0–14 points)");
        return app;
    }

    private static async Task<Ok<MeasurementHistory>> HistoryAsync(RecordAccess access, DocumentationDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var measurements = await db.Measurements.AsNoTracking()
            .Where(m => m.RecipientId == access.RecipientId && m.MunicipalityId == access.MunicipalityId)
            .OrderByDescending(m => m.MeasuredAt).Take(1000).ToListAsync(cancellationToken);
        var trend = WeightTrend.Of([.. measurements.Where(m => m.WeightKg is not null).Select(m => (m.MeasuredAt, m.WeightKg!.Value))], time.GetUtcNow());
        var risk = measurements.FirstOrDefault(m => m.Score is not null)?.Score is { } score ? NutritionScreening.Risk(score) : null;
        return TypedResults.Ok(new MeasurementHistory([.. measurements.Select(MeasurementResponse.From)], trend, risk));
    }

    private static async Task<Results<Created<MeasurementResponse>, ValidationProblem>> RecordWeightAsync(
        RecordAccess access, WeightRequest request, DocumentationDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = new ValidationErrors()
            .Require(request.WeightKg is > 20 and < 400, "weightKg", "Required, between 20 and 400 kg.")
            .Require(request.MeasuredAt is null || request.MeasuredAt <= now.AddMinutes(5), "measuredAt", "Not in the future.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        return await SaveAsync(db, Measurement.Weight(access.MunicipalityId, access.RecipientId, request.WeightKg!.Value, request.MeasuredAt ?? now,
            access.StaffId, access.Caller.Name ?? "unknown"), cancellationToken);
    }

    private static async Task<Results<Created<MeasurementResponse>, ValidationProblem>> RecordScreeningAsync(
        RecordAccess access, NutritionScreeningRequest request, DocumentationDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = new ValidationErrors()
            .Require(request.MeasuredAt is null || request.MeasuredAt <= now.AddMinutes(5), "measuredAt", "Not in the future.");
        foreach (var (item, rule) in NutritionScreening.Check(request.Items ?? []))
        {
            errors.Add($"items.{item}", rule);
        }
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        return await SaveAsync(db, Measurement.Screening(access.MunicipalityId, access.RecipientId, request.Items!, request.MeasuredAt ?? now,
            access.StaffId, access.Caller.Name ?? "unknown"), cancellationToken);
    }

    private static async Task<Results<Created<MeasurementResponse>, ValidationProblem>> SaveAsync(DocumentationDbContext db, Measurement measurement, CancellationToken cancellationToken)
    {
        db.Measurements.Add(measurement);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/documentation/recipients/{measurement.RecipientId}/measurements", MeasurementResponse.From(measurement));
    }
}
