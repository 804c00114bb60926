namespace CareServices.Assessment.Domain.Decisions;

/// <summary>
/// Whether a reduction or termination taking effect on a date has had its notice: a notice of that kind whose
/// comment deadline has passed by then (the change's first day is after the deadline), or a recorded reason why
/// none is needed. Returns the field to name and the rule when it has not.
/// </summary>
public static class AdvanceNoticeRule
{
    /// <param name="effectiveFrom">The first day the recipient gets less: the new version's valid-from, or the day after a termination's last day.</param>
    public static DecisionRefusal? Check(AdvanceNoticeKind kind, DateOnly effectiveFrom, string dateField, IEnumerable<AdvanceNotice> notices, string? waivedReason)
    {
        if (!string.IsNullOrWhiteSpace(waivedReason))
        {
            return null;
        }
        var sent = notices.Where(n => n.Kind == kind && !n.Waived).OrderByDescending(n => n.CommentsDeadline).ToList();
        if (sent.Count == 0)
        {
            return new DecisionRefusal("noticeWaivedReason",
                $"a {Name(kind)} needs an advance notice first (POST …/notices) or the reason notice is not needed");
        }
        var deadline = sent[0].CommentsDeadline!.Value;
        return effectiveFrom <= deadline
            ? new DecisionRefusal(dateField, $"the recipient may comment on the advance notice until {deadline:yyyy-MM-dd}; the {Name(kind)} can take effect from {deadline.AddDays(1):yyyy-MM-dd}, or give noticeWaivedReason")
            : null;
    }

    /// <summary>A new version reduces when it grants fewer hours a week or drops a service type the previous one granted.</summary>
    public static bool IsReduction(Decision previous, Decision next) =>
        next.HoursPerWeek < previous.HoursPerWeek || previous.Lines.Any(p => next.Lines.All(n => n.ServiceCode != p.ServiceCode));

    private static string Name(AdvanceNoticeKind kind) => kind == AdvanceNoticeKind.Reduction ? "reduction" : "termination";
}
