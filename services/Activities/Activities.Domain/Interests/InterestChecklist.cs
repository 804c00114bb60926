namespace CareServices.Activities.Domain.Interests;

/// <summary>
/// The interest checklist (<i>interessesjekkliste</i>) a primary contact goes through with a recipient at least once a
/// year: per interest what they do now, used to do, would like to try or do not care for, and how their social life
/// is. The newest one is what matching, statistics and the loneliness watch list read.
/// </summary>
public sealed class InterestChecklist : IMunicipalityOwned
{
    /// <summary>A checklist older than this is due again.</summary>
    public const int ValidMonths = 12;

    private InterestChecklist()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public DateOnly DoneOn { get; private set; }

    /// <summary>The staff member who went through it with the recipient (token subject).</summary>
    public string DoneBy { get; private set; } = "";

    public List<ChecklistAnswer> Answers { get; private set; } = [];
    public bool LivesAlone { get; private set; }
    public MeetingFrequency MeetsOthers { get; private set; }

    /// <summary>How lonely the recipient feels, 1 (not at all) to 5 (very).</summary>
    public int Loneliness { get; private set; }

    public bool NeedsTransport { get; private set; }
    public bool NeedsEscort { get; private set; }
    public bool NeedsWheelchairAccess { get; private set; }
    public bool NeedsHearingLoop { get; private set; }

    /// <summary>What the recipient says they miss, in their words. Personal: never logged.</summary>
    public string? Misses { get; private set; }

    public static InterestChecklist Record(string municipalityId, Guid recipientId, string doneBy, ChecklistContent content) => new()
    {
        Id = Guid.CreateVersion7(),
        MunicipalityId = municipalityId,
        RecipientId = recipientId,
        DoneOn = content.DoneOn,
        DoneBy = doneBy,
        Answers = [.. content.Answers],
        LivesAlone = content.LivesAlone,
        MeetsOthers = content.MeetsOthers,
        Loneliness = content.Loneliness,
        NeedsTransport = content.NeedsTransport,
        NeedsEscort = content.NeedsEscort,
        NeedsWheelchairAccess = content.NeedsWheelchairAccess,
        NeedsHearingLoop = content.NeedsHearingLoop,
        Misses = content.Misses,
    };

    public DateOnly NextDueOn => DoneOn.AddMonths(ValidMonths);

    public InterestAnswer? AnswerFor(string interestCode) =>
        Answers.FirstOrDefault(a => a.InterestCode == interestCode)?.Answer;
}
