namespace CareServices.Documentation.Domain.Plans;

/// <summary>
/// One version of a recipient's implementation plan for one decision. A decision granted or changed starts a new
/// draft (carrying the texts of the previous version for lines still granted); a Nurse or UnitLeader approves it,
/// and it replaces the approved version before it. A plan is stale while it was written for an older version of
/// the decision than the newest one.
/// </summary>
public sealed class ImplementationPlan
{
    private ImplementationPlan()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public Guid DecisionId { get; private set; }

    /// <summary>The decision's number, the same for all its versions: a plan's versions follow it.</summary>
    public string DecisionNumber { get; private set; } = "";

    public int DecisionVersion { get; private set; }
    public int Version { get; private set; }
    public PlanStatus Status { get; private set; }
    public List<PlanLine> Lines { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public Guid? ApprovedBy { get; private set; }

    /// <summary>
    /// A draft for <paramref name="decisionVersion"/> of a decision. Lines granted before keep their texts from
    /// <paramref name="previous"/>; lines no longer granted are carried over closed from <paramref name="effectiveFrom"/>.
    /// </summary>
    public static ImplementationPlan Draft(string municipalityId, Guid recipientId, Guid decisionId, string decisionNumber, int decisionVersion, IReadOnlyList<GrantedLine> granted,
        ImplementationPlan? previous, DateOnly effectiveFrom, DateTimeOffset now)
    {
        var lines = granted.Select(g => previous?.Lines.FirstOrDefault(l => l.ServiceLineId == g.ServiceLineId && l.ClosedFrom is null) is { } kept
                ? Copy(kept, g.ServiceCode)
                : new PlanLine { ServiceLineId = g.ServiceLineId, ServiceCode = g.ServiceCode, TaskText = g.Instructions ?? "" })
            .ToList();
        lines.AddRange((previous?.Lines ?? [])
            .Where(l => granted.All(g => g.ServiceLineId != l.ServiceLineId))
            .Select(l => Copy(l, l.ServiceCode, l.ClosedFrom ?? effectiveFrom)));
        return new ImplementationPlan
        {
            Id = Guid.CreateVersion7(now),
            MunicipalityId = municipalityId,
            RecipientId = recipientId,
            DecisionId = decisionId,
            DecisionNumber = decisionNumber,
            DecisionVersion = decisionVersion,
            Version = (previous?.Version ?? 0) + 1,
            Status = PlanStatus.Draft,
            Lines = lines,
            CreatedAt = now,
        };
    }

    public bool IsStale(int latestDecisionVersion) => DecisionVersion < latestDecisionVersion;

    /// <summary>Replaces the texts of the draft's open lines named in <paramref name="texts"/>; false when the plan is not a draft.</summary>
    public bool Write(IEnumerable<PlanLineText> texts)
    {
        if (Status != PlanStatus.Draft)
        {
            return false;
        }
        foreach (var text in texts)
        {
            var line = Lines.Single(l => l.ServiceLineId == text.ServiceLineId);
            line.TaskText = text.TaskText;
            line.RecipientWishes = text.RecipientWishes;
            line.DoesThemselves = text.DoesThemselves;
            line.Goals = text.Goals;
            line.PracticalNotes = text.PracticalNotes;
        }
        return true;
    }

    public ApprovalOutcome Approve(Guid approverStaffId, DateTimeOffset now)
    {
        if (Status != PlanStatus.Draft)
        {
            return ApprovalOutcome.NotADraft;
        }
        if (Lines.Any(l => l.ClosedFrom is null && string.IsNullOrWhiteSpace(l.TaskText)))
        {
            return ApprovalOutcome.TaskTextMissing;
        }
        Status = PlanStatus.Approved;
        ApprovedAt = now;
        ApprovedBy = approverStaffId;
        return ApprovalOutcome.Approved;
    }

    public void Supersede() => Status = PlanStatus.Superseded;

    /// <summary>Closes every open line from <paramref name="from"/>: the decision ended.</summary>
    public bool CloseAll(DateOnly from)
    {
        var open = Lines.Where(l => l.ClosedFrom is null).ToList();
        foreach (var line in open)
        {
            line.ClosedFrom = from;
        }
        return open.Count > 0;
    }

    private static PlanLine Copy(PlanLine line, string serviceCode, DateOnly? closedFrom = null) => new()
    {
        ServiceLineId = line.ServiceLineId,
        ServiceCode = serviceCode,
        TaskText = line.TaskText,
        RecipientWishes = line.RecipientWishes,
        DoesThemselves = line.DoesThemselves,
        Goals = line.Goals,
        PracticalNotes = line.PracticalNotes,
        ClosedFrom = closedFrom,
    };
}
