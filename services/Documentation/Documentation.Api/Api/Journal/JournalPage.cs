namespace CareServices.Documentation.Api.Api.Journal;

/// <summary>One page of a journal, newest first.</summary>
public sealed record JournalPage(IReadOnlyList<JournalNoteResponse> Items, int Page, int PageSize, int Total);
