namespace CareServices.Notifications.Domain.Recipients;

/// <summary>
/// A relative or other resource person whom the recipient consents to have told about changes, as Assessment
/// last said. Someone without that consent is never stored here.
/// </summary>
public sealed class InformedPerson
{
    private InformedPerson()
    {
    }

    /// <summary>Assessment's id of the resource person.</summary>
    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";
    public string Relation { get; private set; } = "";
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
}
