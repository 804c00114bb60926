using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Municipalities;
using CareServices.Assessment.Domain.Recipients;

namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary>Applies the present fields of a (validated) request and returns the names of what really changed.</summary>
public static class RecipientUpdater
{
    public static List<string> Apply(Recipient recipient, UpdateRecipientRequest request, Municipality municipality, KeyCodeProtector protector)
    {
        var changes = new List<string?>
        {
            request.Name is null ? null : recipient.Rename(request.Name),
            request.Address is null ? null : recipient.Move(request.Address.ToDomain()),
            request.Zone is null ? null : recipient.AssignZone(municipality.FindZone(request.Zone)!.Name),
            request.PreferredLanguage is null ? null : recipient.PreferLanguage(request.PreferredLanguage),
            request.LivesAlone is null ? null : recipient.SetLivesAlone(request.LivesAlone.Value),
            request.HomeNotes is null ? null : recipient.SetHomeNotes(ToDomain(request.HomeNotes)),
            request.KeyArrangement is null ? null : SetKeyArrangement(recipient, request.KeyArrangement, protector),
            request.WelfareTechnology is null ? null : recipient.SetWelfareTechnology(request.WelfareTechnology),
        };
        return changes.OfType<string>().ToList();
    }

    private static HomeNotes ToDomain(HomeNotesDto notes) =>
        new(Blank(notes.Pets), notes.Smoking ?? false, Blank(notes.Aids), Blank(notes.Other));

    /// <summary>A new ciphertext for the same code is not a change, so the old code is compared in plain text.</summary>
    private static string? SetKeyArrangement(Recipient recipient, KeyArrangementRequest request, KeyCodeProtector protector)
    {
        var kind = RecipientRules.ParseKind(request.Kind)!.Value;
        var location = kind == KeyArrangementKind.None ? null : Blank(request.Location);
        var current = recipient.KeyArrangement;
        var sameCode = current.ProtectedCode is null
            ? request.Code is null
            : request.Code is not null && protector.Unprotect(current.ProtectedCode) == request.Code;
        if (current.Kind == kind && current.Location == location && sameCode)
        {
            return null;
        }
        return recipient.SetKeyArrangement(new KeyArrangement(kind, request.Code is null ? null : protector.Protect(request.Code), location));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
