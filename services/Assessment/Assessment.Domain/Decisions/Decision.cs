namespace CareServices.Assessment.Domain.Decisions;

/// <summary>
/// An individual decision (vedtak): draft → granted → superseded by a newer version from a date, terminated or
/// expired; or draft → rejected. All versions share the number; a granted version is never edited in place.
/// </summary>
public sealed class Decision
{
    private readonly List<ServiceLine> _lines = [];

    private Decision()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public string Number { get; private set; } = "";
    public int Version { get; private set; }
    public Guid? PreviousVersionId { get; private set; }
    public string LegalBasis { get; private set; } = "";

    /// <summary>
    /// True while <see cref="LegalBasis"/> is the legal-basis table's citation, not the case worker's own words: the
    /// grant cites the table again for the day of the decision, so a draft written before a law changed and granted
    /// after it cites the new law.
    /// </summary>
    public bool LegalBasisFromTable { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    public DecisionStatus Status { get; private set; }
    public ContactPerson? ContactPerson { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>The last day it applied, once superseded, terminated or expired.</summary>
    public DateOnly? EndedOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? ExpiringAnnouncedAt { get; private set; }

    /// <summary>
    /// The version of the decision's number as its events announce it: 1 when the first version is granted, one
    /// more with each announced change (a new version granted, a termination), carried over from version to version.
    /// It changes only together with a row the optimistic concurrency token guards (the version being superseded or
    /// terminated), so two changes made from the same state cannot both commit. 0 on decisions granted before it
    /// existed, whose next change then announces 1.
    /// </summary>
    public int AggregateVersion { get; private set; }
    public IReadOnlyList<ServiceLine> Lines => _lines;

    public decimal HoursPerWeek => _lines.Sum(l => l.HoursPerWeek);

    public decimal StaffHoursPerWeek => _lines.Sum(l => l.StaffHoursPerWeek);

    public static Decision Draft(
        string municipalityId, Guid recipientId, string number, string legalBasis, DateOnly validFrom, DateOnly? validTo,
        ContactPerson? contactPerson, IEnumerable<ServiceLine> lines, DateTimeOffset now)
    {
        var decision = new Decision
        {
            Id = Guid.CreateVersion7(now),
            MunicipalityId = municipalityId,
            RecipientId = recipientId,
            Number = number,
            Version = 1,
            Status = DecisionStatus.Draft,
            CreatedAt = now,
        };
        decision.SetContent(legalBasis, validFrom, validTo, contactPerson, lines);
        return decision;
    }

    /// <summary>A draft of the next version, taking over from <paramref name="effectiveFrom"/> once granted.</summary>
    public DecisionRefusal? DraftNextVersion(
        string legalBasis, DateOnly effectiveFrom, DateOnly? validTo, ContactPerson? contactPerson, IEnumerable<ServiceLine> lines,
        DateTimeOffset now, out Decision? next)
    {
        next = null;
        if (Status != DecisionStatus.Granted)
        {
            return new DecisionRefusal("status", $"only a granted decision can get a new version; this one is {Status.ToString().ToLowerInvariant()}");
        }
        if (effectiveFrom <= ValidFrom || (ValidTo is { } to && effectiveFrom > to))
        {
            return new DecisionRefusal("validFrom", $"a new version must take over after {ValidFrom:yyyy-MM-dd}{(ValidTo is { } end ? $" and no later than {end:yyyy-MM-dd}" : "")}");
        }
        next = new Decision
        {
            Id = Guid.CreateVersion7(now),
            MunicipalityId = MunicipalityId,
            RecipientId = RecipientId,
            Number = Number,
            Version = Version + 1,
            PreviousVersionId = Id,
            Status = DecisionStatus.Draft,
            CreatedAt = now,
        };
        next.SetContent(legalBasis, effectiveFrom, validTo, contactPerson, lines);
        return null;
    }

    public DecisionRefusal? ReplaceDraft(string legalBasis, DateOnly validFrom, DateOnly? validTo, ContactPerson? contactPerson, IEnumerable<ServiceLine> lines)
    {
        if (Status != DecisionStatus.Draft)
        {
            return new DecisionRefusal("status", DecisionRefusal.CreateANewVersion);
        }
        SetContent(legalBasis, validFrom, validTo, contactPerson, lines);
        return null;
    }

    /// <summary>Marks a draft's legal basis as the table's citation (the case worker gave none).</summary>
    public void TakeLegalBasisFromTable()
    {
        if (Status == DecisionStatus.Draft)
        {
            LegalBasisFromTable = true;
        }
    }

    /// <param name="tableCitation">The table's citation for the lines on the day of the decision; replaces a basis taken from the table.</param>
    public DecisionRefusal? Grant(string decidedBy, DateTimeOffset now, string? tableCitation = null)
    {
        if (Status != DecisionStatus.Draft)
        {
            return new DecisionRefusal("status", $"only a draft can be granted; this one is {Status.ToString().ToLowerInvariant()}");
        }
        if (LegalBasisFromTable && !string.IsNullOrWhiteSpace(tableCitation))
        {
            LegalBasis = tableCitation;
        }
        Status = DecisionStatus.Granted;
        DecidedAt = now;
        DecidedBy = decidedBy;
        if (PreviousVersionId is null)
        {
            AggregateVersion = 1;
        }
        return null;
    }

    public DecisionRefusal? Reject(string reason, string decidedBy, DateTimeOffset now)
    {
        if (Status != DecisionStatus.Draft)
        {
            return new DecisionRefusal("status", $"only a draft can be rejected; this one is {Status.ToString().ToLowerInvariant()}");
        }
        Status = DecisionStatus.Rejected;
        Reason = reason.Trim();
        DecidedAt = now;
        DecidedBy = decidedBy;
        return null;
    }

    /// <summary>The previous version stops the day before the new one takes over.</summary>
    public DecisionRefusal? SupersedeBy(Decision next)
    {
        if (Status != DecisionStatus.Granted)
        {
            return new DecisionRefusal("status", $"version {Version} is {Status.ToString().ToLowerInvariant()} and can no longer be superseded");
        }
        Status = DecisionStatus.Superseded;
        EndedOn = next.ValidFrom.AddDays(-1);
        next.AggregateVersion = AggregateVersion + 1;
        return null;
    }

    public DecisionRefusal? Terminate(DateOnly lastDay, string reason, DateTimeOffset now)
    {
        if (Status != DecisionStatus.Granted)
        {
            return new DecisionRefusal("status", $"only a granted decision can be terminated; this one is {Status.ToString().ToLowerInvariant()}");
        }
        if (lastDay < ValidFrom.AddDays(-1) || (ValidTo is { } to && lastDay > to))
        {
            return new DecisionRefusal("lastDay", $"must be between {ValidFrom.AddDays(-1):yyyy-MM-dd} and {(ValidTo is { } end ? end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "any later date")}");
        }
        Status = DecisionStatus.Terminated;
        EndedOn = lastDay;
        Reason = reason.Trim();
        DecidedAt = now;
        AggregateVersion++;
        return null;
    }

    /// <summary>True when a granted decision's valid-to has passed.</summary>
    public bool ExpireIfPast(DateOnly today)
    {
        if (Status != DecisionStatus.Granted || ValidTo is not { } to || to >= today)
        {
            return false;
        }
        Status = DecisionStatus.Expired;
        EndedOn = to;
        return true;
    }

    /// <summary>The days this version applies (or applied): from valid-from to its end, open when neither is set.</summary>
    public bool AppliesDuring(DateOnly from, DateOnly to) =>
        ValidFrom <= to && (EndedOn ?? ValidTo ?? DateOnly.MaxValue) >= from;

    private void SetContent(string legalBasis, DateOnly validFrom, DateOnly? validTo, ContactPerson? contactPerson, IEnumerable<ServiceLine> lines)
    {
        LegalBasis = legalBasis.Trim();
        LegalBasisFromTable = false;
        ValidFrom = validFrom;
        ValidTo = validTo;
        ContactPerson = contactPerson;
        _lines.Clear();
        _lines.AddRange(lines);
    }
}
