using CareServices.Assessment.Api.Api.Letters;
using CareServices.Assessment.Domain.Appeals;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Appeals;

public static partial class AppealsApi
{
    private static async Task<Results<ContentHttpResult, NotFound, ValidationProblem, Conflict<ProblemDetails>>> GetForwardingLetterAsync(
        Guid appealId, string? language, [AsParameters] AppealServices services, CancellationToken cancellationToken)
    {
        if (language is not null && !LetterLanguage.Written.Contains(language))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["language"] = [$"must be one of: {string.Join(", ", LetterLanguage.Written)}"] });
        }
        var appeal = await FindAsync(services, appealId, tracked: false, cancellationToken);
        if (appeal is null)
        {
            return TypedResults.NotFound();
        }
        if (appeal.ForwardedOn is null)
        {
            return TypedResults.Conflict(Problems.Conflict("status", $"the appeal has not been forwarded; it is {appeal.Status.ToString().ToLowerInvariant()}"));
        }
        var recipient = await services.Db.Recipients.AsNoTracking().FirstAsync(r => r.Id == appeal.RecipientId, cancellationToken);
        var municipality = await services.Db.Municipalities.AsNoTracking().FirstAsync(m => m.Number == appeal.MunicipalityId, cancellationToken);
        var html = ForwardingLetter.Render(appeal, recipient, municipality, LetterLanguage.For(language ?? recipient.PreferredLanguage, municipality));
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
