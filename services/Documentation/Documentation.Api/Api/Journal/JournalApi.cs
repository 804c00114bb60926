using CareServices.Documentation.Api.Access;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Domain.Journal;
using CareServices.Documentation.Domain.Records;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Api.Journal;

/// <summary>
/// A recipient's journal: notes by category, signed and then immutable, corrected by new notes that reference
/// them, searchable by PostgreSQL full-text search. Every request passes the record gate; reads are logged.
/// </summary>
public static class JournalApi
{
    public const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapJournalApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documentation/recipients/{recipientId:guid}/journal")
            .WithTags("Journal")
            .RequireAuthorization(Policies.Staff)
            .BehindRecordGate();

        group.MapGet("/", ListAsync)
            .Touches("journal", RecordPurpose.Read)
            .WithName("ListJournal")
            .WithSummary("The journal, newest first: signed notes and the caller's own drafts, optionally of one category");
        group.MapGet("/search", SearchAsync)
            .Touches("journal-search", RecordPurpose.Read)
            .WithName("SearchJournal")
            .WithSummary("Full-text search in the journal (stemmed in the recipient's language: Norwegian, Swedish or Danish), best match first");
        group.MapGet("/{noteId:guid}", GetAsync)
            .Touches("journal-note", RecordPurpose.Read)
            .WithName("GetJournalNote")
            .WithSummary("One journal note");
        group.MapPost("/", WriteAsync)
            .Touches("journal", RecordPurpose.Write)
            .WithName("WriteJournalNote")
            .WithSummary("Writes a note (a draft, or signed at once with sign=true); corrects=<id> makes it a correction of a signed note");
        group.MapPut("/{noteId:guid}", ReviseAsync)
            .Touches("journal", RecordPurpose.Write)
            .WithName("ReviseJournalNote")
            .WithSummary("Changes the caller's own draft; a signed note never changes (409)");
        group.MapPost("/{noteId:guid}/sign", SignAsync)
            .Touches("journal", RecordPurpose.Write)
            .WithName("SignJournalNote")
            .WithSummary("Signs the caller's own draft; a second signature is refused (409)");
        return app;
    }

    private static IQueryable<JournalNote> Readable(DocumentationDbContext db, RecordAccess access) =>
        db.JournalNotes.AsNoTracking().Where(n => n.RecipientId == access.RecipientId && n.MunicipalityId == access.MunicipalityId
            && (n.SignedAt != null || n.AuthorStaffId == access.StaffId));

    private static async Task<Results<Ok<JournalPage>, ValidationProblem>> ListAsync(
        RecordAccess access, DocumentationDbContext db, string? category, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize, MaxPageSize);
        JournalCategory? only = null;
        if (category is not null)
        {
            if (EnumNames<JournalCategory>.TryParse(category, out var parsed))
            {
                only = parsed;
            }
            else
            {
                errors.Add("category", $"Must be one of: {EnumNames<JournalCategory>.Allowed}.");
            }
        }
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var (number, size) = (page ?? 1, pageSize ?? 50);
        var notes = Readable(db, access);
        if (only is { } c)
        {
            notes = notes.Where(n => n.Category == c);
        }
        var total = await notes.CountAsync(cancellationToken);
        var items = await notes.OrderByDescending(n => n.WrittenAt).ThenByDescending(n => n.Id)
            .Skip(Paging.Skip(number, size)).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new JournalPage([.. items.Select(JournalNoteResponse.From)], number, size, total));
    }

    private static async Task<Results<Ok<List<JournalNoteResponse>>, ValidationProblem>> SearchAsync(
        RecordAccess access, DocumentationDbContext db, string? q, int? limit, CancellationToken cancellationToken)
    {
        var query = q?.Trim() ?? "";
        var take = limit ?? 50;
        var errors = new ValidationErrors()
            .Require(query.Length is > 0 and <= 500, "q", "Required, at most 500 characters.")
            .Require(take is >= 1 and <= MaxPageSize, "limit", $"Between 1 and {MaxPageSize}.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var language = SearchLanguage.For(access.RecipientLanguage);
        var (recipient, municipality, staff) = (access.RecipientId, access.MunicipalityId, access.StaffId);
        var notes = await db.JournalNotes.FromSql($"""
                SELECT * FROM journal_notes
                WHERE recipient_id = {recipient} AND municipality_id = {municipality}
                  AND (signed_at IS NOT NULL OR author_staff_id = {staff})
                  AND search_vector @@ websearch_to_tsquery({language}::regconfig, {query})
                ORDER BY ts_rank(search_vector, websearch_to_tsquery({language}::regconfig, {query})) DESC, written_at DESC
                LIMIT {take}
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(notes.Select(JournalNoteResponse.From).ToList());
    }

    private static async Task<Results<Ok<JournalNoteResponse>, NotFound<ProblemDetails>>> GetAsync(
        RecordAccess access, Guid noteId, DocumentationDbContext db, CancellationToken cancellationToken)
    {
        var note = await Readable(db, access).FirstOrDefaultAsync(n => n.Id == noteId, cancellationToken);
        return note is null ? TypedResults.NotFound(Problems.NotFound("Journal note", noteId)) : TypedResults.Ok(JournalNoteResponse.From(note));
    }

    private static async Task<Results<Created<JournalNoteResponse>, ValidationProblem, NotFound<ProblemDetails>, UnprocessableEntity<ProblemDetails>>> WriteAsync(
        RecordAccess access, JournalNoteRequest request, DocumentationDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (category, text, errors, tooLong) = JournalNoteValidator.Validate(request);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (tooLong is not null)
        {
            return TypedResults.UnprocessableEntity(tooLong);
        }
        if (request.Corrects is { } corrected)
        {
            var original = await db.JournalNotes.AsNoTracking()
                .Where(n => n.Id == corrected && n.RecipientId == access.RecipientId && n.MunicipalityId == access.MunicipalityId)
                .Select(n => new { n.SignedAt })
                .FirstOrDefaultAsync(cancellationToken);
            if (original is null)
            {
                return TypedResults.NotFound(Problems.NotFound("Journal note", corrected));
            }
            if (original.SignedAt is null)
            {
                return TypedResults.UnprocessableEntity(Problems.Unprocessable("corrects", "Only a signed note is corrected by a new note; change a draft instead."));
            }
        }
        var now = time.GetUtcNow();
        var note = JournalNote.Write(access.MunicipalityId, access.RecipientId, category, text, access.StaffId, access.Caller.Name ?? "unknown",
            SearchLanguage.For(access.RecipientLanguage), request.Corrects, now);
        if (request.Sign)
        {
            note.Sign(access.StaffId, now);
        }
        db.JournalNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/documentation/recipients/{access.RecipientId}/journal/{note.Id}", JournalNoteResponse.From(note));
    }

    private static async Task<Results<Ok<JournalNoteResponse>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ForbidHttpResult, UnprocessableEntity<ProblemDetails>>> ReviseAsync(
        RecordAccess access, Guid noteId, JournalNoteRequest request, DocumentationDbContext db, CancellationToken cancellationToken)
    {
        var (category, text, errors, tooLong) = JournalNoteValidator.Validate(request);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (tooLong is not null)
        {
            return TypedResults.UnprocessableEntity(tooLong);
        }
        var note = await FindAsync(db, access, noteId, cancellationToken);
        if (note is null)
        {
            return TypedResults.NotFound(Problems.NotFound("Journal note", noteId));
        }
        return note.Revise(access.StaffId, category, text) switch
        {
            SigningOutcome.AlreadySigned => TypedResults.Conflict(Problems.Conflict("noteId", "The note is signed and never changes; write a correction that references it.")),
            SigningOutcome.NotAuthor => TypedResults.Forbid(),
            _ => TypedResults.Ok(JournalNoteResponse.From(await SavedAsync(db, note, cancellationToken))),
        };
    }

    private static async Task<Results<Ok<JournalNoteResponse>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ForbidHttpResult>> SignAsync(
        RecordAccess access, Guid noteId, DocumentationDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var note = await FindAsync(db, access, noteId, cancellationToken);
        if (note is null)
        {
            return TypedResults.NotFound(Problems.NotFound("Journal note", noteId));
        }
        return note.Sign(access.StaffId, time.GetUtcNow()) switch
        {
            SigningOutcome.AlreadySigned => TypedResults.Conflict(Problems.Conflict("noteId", $"The note was already signed at {note.SignedAt:O}.")),
            SigningOutcome.NotAuthor => TypedResults.Forbid(),
            _ => TypedResults.Ok(JournalNoteResponse.From(await SavedAsync(db, note, cancellationToken))),
        };
    }

    /// <summary>A note the caller may see (signed, or their own draft) for changing; others' drafts are not found.</summary>
    private static Task<JournalNote?> FindAsync(DocumentationDbContext db, RecordAccess access, Guid noteId, CancellationToken cancellationToken) =>
        db.JournalNotes.FirstOrDefaultAsync(n => n.Id == noteId && n.RecipientId == access.RecipientId && n.MunicipalityId == access.MunicipalityId
            && (n.SignedAt != null || n.AuthorStaffId == access.StaffId), cancellationToken);

    private static async Task<JournalNote> SavedAsync(DocumentationDbContext db, JournalNote note, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return note;
    }
}
