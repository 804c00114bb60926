namespace CareServices.Documentation.Api.Api.Journal;

/// <summary>
/// A new note (or the new text of a draft). <see cref="Category"/> is <c>observation</c>, <c>contactWithRelative</c>,
/// <c>contactPersonMeeting</c>, <c>messageToNurse</c> or <c>other</c>; <see cref="Sign"/> signs it at once;
/// <see cref="Corrects"/> names the signed note this one corrects.
/// </summary>
public sealed record JournalNoteRequest(string? Category, string? Text, bool Sign = false, Guid? Corrects = null);
