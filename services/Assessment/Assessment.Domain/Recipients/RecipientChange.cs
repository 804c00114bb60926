namespace CareServices.Assessment.Domain.Recipients;

/// <summary>The names of what can change on a recipient, as RecipientUpdated (v1, v2) lists them (the JSON field names).</summary>
public static class RecipientChange
{
    public const string Name = "name";
    public const string Address = "address";
    public const string Zone = "zone";
    public const string PreferredLanguage = "preferredLanguage";
    public const string LivesAlone = "livesAlone";
    public const string HomeNotes = "homeNotes";
    public const string KeyArrangement = "keyArrangement";
    public const string WelfareTechnology = "welfareTechnology";
    public const string Status = "status";
    public const string ResourcePersons = "resourcePersons";
}
