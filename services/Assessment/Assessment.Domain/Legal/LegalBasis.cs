namespace CareServices.Assessment.Domain.Legal;

/// <summary>
/// One row of the legal-basis table: the law a decision on a category of services rests on in a country from a
/// date, and how the recipient appeals it. <see cref="NeedsLawyersConfirmation"/> marks rows a municipality's
/// lawyer must confirm (or override) before letters rely on them.
/// </summary>
public sealed record LegalBasis
{
    public required string Country { get; init; }
    public required LegalCategory Category { get; init; }

    /// <summary>First day the row applies (null: since before any decision this system holds).</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>First day the row no longer applies (null: still in force).</summary>
    public DateOnly? ValidUntil { get; init; }

    public required string Law { get; init; }
    public required string Section { get; init; }

    /// <summary>The law's official reference (Lovdata id, SFS number, Danish LOV/LBK number).</summary>
    public required string OfficialReference { get; init; }

    public required string Source { get; init; }
    public required AppealRoute AppealRoute { get; init; }
    public required string AppealBody { get; init; }

    /// <summary>Weeks from receipt of the letter; null where no appeal deadline applies (complaint only).</summary>
    public int? AppealWeeks { get; init; }

    public required string AppealLaw { get; init; }

    /// <summary>How to appeal, in English, for staff and documentation; letters word it in the recipient's language.</summary>
    public required string HowToAppeal { get; init; }

    public bool NeedsLawyersConfirmation { get; init; }
    public string? ConfirmationNote { get; init; }

    /// <summary>True when a municipality's configuration replaced part of the row.</summary>
    public bool Overridden { get; init; }

    /// <summary>What a decision cites: the law and the section.</summary>
    public string Citation => $"{Law} {Section}";

    public bool AppliesOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidUntil is null || date < ValidUntil);
}
