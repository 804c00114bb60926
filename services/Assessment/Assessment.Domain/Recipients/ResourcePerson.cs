namespace CareServices.Assessment.Domain.Recipients;

/// <summary>
/// A relative or other person in the recipient's network. <see cref="ConsentToInform"/> is the recipient's consent
/// that this person is told about changes; without it, staff's duty of confidentiality applies.
/// </summary>
public sealed class ResourcePerson
{
    private ResourcePerson()
    {
    }

    public Guid Id { get; private set; }
    public Guid RecipientId { get; private set; }
    public string Name { get; private set; } = "";
    public string Relation { get; private set; } = "";
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public bool ConsentToInform { get; private set; }

    internal static ResourcePerson Create(Guid recipientId, string name, string relation, string? phone, string? email, bool consentToInform, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        RecipientId = recipientId,
        Name = name.Trim(),
        Relation = relation.Trim(),
        Phone = phone?.Trim(),
        Email = email?.Trim(),
        ConsentToInform = consentToInform,
    };

    internal void Change(string name, string relation, string? phone, string? email, bool consentToInform)
    {
        Name = name.Trim();
        Relation = relation.Trim();
        Phone = phone?.Trim();
        Email = email?.Trim();
        ConsentToInform = consentToInform;
    }
}
