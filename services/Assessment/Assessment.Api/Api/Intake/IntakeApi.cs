using System.Security.Claims;
using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Auditing;
using CareServices.Assessment.Domain.Intake;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Intake;

/// <summary>Intake conversations: case workers only (planners and care staff read decisions, not this), every read journaled.</summary>
public static class IntakeApi
{
    public sealed record IntakeRequest(DateOnly? HeldOn, IReadOnlyList<string>? Participants, string? WhatMatters, string? ManagesSelf, string? WhoIsAround);

    public sealed record IntakeResponse(Guid Id, Guid RecipientId, DateOnly HeldOn, IReadOnlyList<string> Participants, string WhatMatters, string ManagesSelf, string WhoIsAround, string RecordedBy, DateTimeOffset RecordedAt)
    {
        public static IntakeResponse From(IntakeConversation i) => new(i.Id, i.RecipientId, i.HeldOn, i.Participants, i.WhatMatters, i.ManagesSelf, i.WhoIsAround, i.RecordedBy, i.RecordedAt);
    }

    public sealed record Services(AssessmentDbContext Db, TenantAccessor Tenant, TimeProvider Time);

    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessment/recipients/{recipientId:guid}/intakes").WithTags("Intake").RequireAuthorization(Roles.CaseWorker);
        group.MapPost("/", RecordAsync).WithName("RecordIntake").WithSummary("Records an intake conversation: who took part and the answers to the three questions");
        group.MapGet("/", ListAsync).WithName("ListIntakes").WithSummary("A recipient's intake conversations, newest first (the read is journaled)");
        return app;
    }

    private static async Task<Results<Created<IntakeResponse>, NotFound, ValidationProblem>> RecordAsync(
        Guid recipientId, IntakeRequest request, ClaimsPrincipal user, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Require(request.HeldOn is not null, "heldOn", "is required (yyyy-MM-dd)")
            .Require(request.Participants is { Count: > 0 } p && p.All(x => !string.IsNullOrWhiteSpace(x) && x.Length <= 200), "participants", "at least one, each at most 200 characters (e.g. \"the recipient\", \"daughter Siri\")")
            .Require(Answer(request.WhatMatters), "whatMatters", "is required: the answer to \"What matters to you?\" (at most 4000 characters)")
            .Require(Answer(request.ManagesSelf), "managesSelf", "is required: the answer to \"What do you manage yourself?\" (at most 4000 characters)")
            .Require(Answer(request.WhoIsAround), "whoIsAround", "is required: the answer to \"Who is around you?\" (at most 4000 characters)");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var municipality = services.Tenant.RequiredMunicipalityId;
        if (!await services.Db.Recipients.AnyAsync(r => r.Id == recipientId && r.MunicipalityId == municipality, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var intake = IntakeConversation.Record(municipality, recipientId, request.HeldOn!.Value, request.Participants!, request.WhatMatters!, request.ManagesSelf!,
            request.WhoIsAround!, user.Subject(), services.Time.GetUtcNow());
        services.Db.IntakeConversations.Add(intake);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assessment/recipients/{recipientId}/intakes", IntakeResponse.From(intake));
    }

    private static async Task<Ok<List<IntakeResponse>>> ListAsync(Guid recipientId, ClaimsPrincipal user, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        var intakes = await services.Db.IntakeConversations.AsNoTracking()
            .Where(i => i.RecipientId == recipientId && i.MunicipalityId == municipality)
            .OrderByDescending(i => i.HeldOn).ToListAsync(cancellationToken);
        if (intakes.Count > 0)
        {
            services.Db.AccessRecords.Add(AccessRecord.Of(municipality, recipientId, user.Subject(), user.ActingRole(), "intake", services.Time.GetUtcNow()));
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Ok(intakes.Select(IntakeResponse.From).ToList());
    }

    private static bool Answer(string? text) => !string.IsNullOrWhiteSpace(text) && text.Length <= 4000;
}
