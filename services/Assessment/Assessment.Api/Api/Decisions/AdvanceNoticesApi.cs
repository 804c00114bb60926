using System.Security.Claims;
using CareServices.Assessment.Api.Api.Letters;
using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Decisions;
using CareServices.Assessment.Domain.Legal;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Decisions;

/// <summary>Advance notices (forhåndsvarsel) before a granted decision is reduced or terminated, and their letters.</summary>
public static class AdvanceNoticesApi
{
    public sealed record NoticeServices(AssessmentDbContext Db, TenantAccessor Tenant, TimeProvider Time, IConfiguration Configuration);

    public static IEndpointRouteBuilder MapAdvanceNoticesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/assessment/decisions/{id:guid}/notices", SendAsync).WithTags("Decisions").RequireAuthorization(Roles.CaseWorker)
            .WithName("SendAdvanceNotice").WithSummary("Sends an advance notice of a reduction or termination with the deadline for the recipient's comments (default two weeks)");
        app.MapGet("/api/assessment/decisions/{id:guid}/notices", ListAsync).WithTags("Decisions").RequireAuthorization(Roles.CaseWorker)
            .WithName("ListAdvanceNotices").WithSummary("The advance notices (and recorded reasons for none) of a decision's number, oldest first");
        app.MapGet("/api/assessment/notices/{noticeId:guid}/letter", GetLetterAsync).WithTags("Decisions").RequireAuthorization(Roles.CaseWorker)
            .WithName("GetAdvanceNoticeLetter").WithSummary("The advance notice letter as printable HTML (?language=nb|nn|sv|da|en)");
        return app;
    }

    private static async Task<Results<Created<AdvanceNoticeResponse>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> SendAsync(
        Guid id, AdvanceNoticeRequest request, ClaimsPrincipal user, [AsParameters] NoticeServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var decision = await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.MunicipalityId == services.Tenant.RequiredMunicipalityId, cancellationToken);
        if (decision is null)
        {
            return TypedResults.NotFound();
        }
        var municipality = await db.Municipalities.AsNoTracking().FirstAsync(m => m.Number == decision.MunicipalityId, cancellationToken);
        var now = services.Time.GetUtcNow();
        var today = municipality.Today(now);
        // The default deadline, like a statutory one, never ends on a weekend or public holiday.
        var deadline = request.CommentsDeadline
            ?? DeadlineCalendar.NextOpenDay(municipality.Country, today.AddDays(services.Configuration.GetValue("Decisions:AdvanceNoticeDays", 14)));
        AdvanceNoticeKind? kind = request.Kind switch { "reduction" => AdvanceNoticeKind.Reduction, "termination" => AdvanceNoticeKind.Termination, _ => null };
        var errors = new ValidationErrors()
            .Require(kind is not null, "kind", "must be one of: reduction, termination")
            .Require(request.IntendedDate is not null, "intendedDate", "is required (yyyy-MM-dd): the first day of the reduction or the intended last day of services")
            .Require(!string.IsNullOrWhiteSpace(request.Reason) && request.Reason.Length <= 4000, "reason", "is required (the letter explains it), at most 4000 characters")
            .Require(deadline >= today, "commentsDeadline", $"must not be before today ({today:yyyy-MM-dd})")
            .Require(request.IntendedDate is null || request.IntendedDate > deadline, "intendedDate", $"must be after the comment deadline ({deadline:yyyy-MM-dd})");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (decision.Status != DecisionStatus.Granted)
        {
            return TypedResults.Conflict(Problems.Conflict("status", $"notice is given before changing a granted decision; this one is {decision.Status.ToString().ToLowerInvariant()}"));
        }
        var notice = AdvanceNotice.Send(decision, kind!.Value, request.IntendedDate!.Value, request.Reason!, today, deadline, user.Subject(), now);
        db.AdvanceNotices.Add(notice);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assessment/notices/{notice.Id}", AdvanceNoticeResponse.From(notice));
    }

    private static async Task<Results<Ok<List<AdvanceNoticeResponse>>, NotFound>> ListAsync(Guid id, [AsParameters] NoticeServices services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        var number = await services.Db.Decisions.Where(d => d.Id == id && d.MunicipalityId == municipality).Select(d => d.Number).FirstOrDefaultAsync(cancellationToken);
        if (number is null)
        {
            return TypedResults.NotFound();
        }
        var notices = await services.Db.AdvanceNotices.AsNoTracking().Where(n => n.DecisionNumber == number && n.MunicipalityId == municipality)
            .OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(notices.Select(AdvanceNoticeResponse.From).ToList());
    }

    private static async Task<Results<ContentHttpResult, NotFound, ValidationProblem, Conflict<ProblemDetails>>> GetLetterAsync(
        Guid noticeId, string? language, [AsParameters] NoticeServices services, CancellationToken cancellationToken)
    {
        if (language is not null && !LetterLanguage.Written.Contains(language))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["language"] = [$"must be one of: {string.Join(", ", LetterLanguage.Written)}"] });
        }
        var notice = await services.Db.AdvanceNotices.AsNoTracking()
            .FirstOrDefaultAsync(n => n.Id == noticeId && n.MunicipalityId == services.Tenant.RequiredMunicipalityId, cancellationToken);
        if (notice is null)
        {
            return TypedResults.NotFound();
        }
        if (notice.Waived)
        {
            return TypedResults.Conflict(Problems.Conflict("waived", "no notice was sent: the case worker recorded why none was needed"));
        }
        var recipient = await services.Db.Recipients.AsNoTracking().FirstAsync(r => r.Id == notice.RecipientId, cancellationToken);
        var municipality = await services.Db.Municipalities.AsNoTracking().FirstAsync(m => m.Number == notice.MunicipalityId, cancellationToken);
        var html = AdvanceNoticeLetter.Render(notice, recipient, municipality, LetterLanguage.For(language ?? recipient.PreferredLanguage, municipality));
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
