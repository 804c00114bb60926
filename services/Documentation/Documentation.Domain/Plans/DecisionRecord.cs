namespace CareServices.Documentation.Domain.Plans;

/// <summary>The newest version of a decision Documentation has heard of: what tells an implementation plan it is stale.</summary>
public sealed class DecisionRecord
{
    private DecisionRecord()
    {
    }

    public string MunicipalityId { get; private set; } = "";
    public string Number { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public Guid LatestDecisionId { get; private set; }
    public int LatestVersion { get; private set; }
    public DateOnly? LastDay { get; private set; }

    public static DecisionRecord Granted(string municipalityId, string number, Guid recipientId, Guid decisionId, int version) => new()
    {
        MunicipalityId = municipalityId,
        Number = number,
        RecipientId = recipientId,
        LatestDecisionId = decisionId,
        LatestVersion = version,
    };

    /// <summary>Takes a newer version; returns false for one not newer than the known one (a late or repeated event).</summary>
    public bool Changed(Guid decisionId, int version)
    {
        if (version <= LatestVersion)
        {
            return false;
        }
        LatestDecisionId = decisionId;
        LatestVersion = version;
        return true;
    }

    public void Terminated(DateOnly lastDay) => LastDay = lastDay;
}
