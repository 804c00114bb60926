namespace CareServices.Documentation.Domain.Records;

public static class TextLimits
{
    /// <summary>The longest free text any record entry takes (a journal note, an observation, a description).</summary>
    public const int MaxLength = 20_000;
}
