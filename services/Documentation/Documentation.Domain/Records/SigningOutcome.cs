namespace CareServices.Documentation.Domain.Records;

/// <summary>What an attempt to sign or change a record entry did.</summary>
public enum SigningOutcome
{
    Done,
    AlreadySigned,
    NotAuthor,
}
