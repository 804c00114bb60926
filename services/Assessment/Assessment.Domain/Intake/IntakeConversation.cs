namespace CareServices.Assessment.Domain.Intake;

/// <summary>
/// The start-up conversation (oppstartsamtale / kartlegging): who took part and the recipient's answers to the
/// three questions of seed 001. Confidential: only case workers read it, and each read is journaled.
/// </summary>
public sealed class IntakeConversation
{
    private IntakeConversation()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public List<string> Participants { get; private set; } = [];

    /// <summary>"What matters to you?"</summary>
    public string WhatMatters { get; private set; } = "";

    /// <summary>"What do you manage yourself?"</summary>
    public string ManagesSelf { get; private set; } = "";

    /// <summary>"Who is around you?"</summary>
    public string WhoIsAround { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    public static IntakeConversation Record(
        string municipalityId, Guid recipientId, DateOnly heldOn, IEnumerable<string> participants, string whatMatters, string managesSelf,
        string whoIsAround, string recordedBy, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            MunicipalityId = municipalityId,
            RecipientId = recipientId,
            HeldOn = heldOn,
            Participants = participants.Select(p => p.Trim()).ToList(),
            WhatMatters = whatMatters.Trim(),
            ManagesSelf = managesSelf.Trim(),
            WhoIsAround = whoIsAround.Trim(),
            RecordedBy = recordedBy,
            RecordedAt = now,
        };
}
