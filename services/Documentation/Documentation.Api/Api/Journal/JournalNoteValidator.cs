using CareServices.Documentation.Domain.Journal;
using CareServices.Documentation.Domain.Records;
using CareServices.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Mvc;

namespace CareServices.Documentation.Api.Api.Journal;

/// <summary>Checks a note's category and text: an unknown category or empty text is a 400, text over the limit a 422.</summary>
public static class JournalNoteValidator
{
    public static (JournalCategory Category, string Text, ValidationErrors Errors, ProblemDetails? TooLong) Validate(JournalNoteRequest request)
    {
        var errors = new ValidationErrors();
        if (!EnumNames<JournalCategory>.TryParse(request.Category, out var category))
        {
            errors.Add("category", $"Must be one of: {EnumNames<JournalCategory>.Allowed}.");
        }
        var text = request.Text?.Trim() ?? "";
        errors.Require(text.Length > 0, "text", "Required.");
        var tooLong = text.Length > TextLimits.MaxLength
            ? Problems.Unprocessable("text", $"At most {TextLimits.MaxLength} characters (was {text.Length}).")
            : null;
        return (category, text, errors, tooLong);
    }
}
