namespace CareServices.Assessment.Domain.FollowUp;

/// <summary>
/// A resident aged 75 or more without services, imported from the population register to be offered a preventive
/// home visit. A candidate is not a recipient: no decision, no case. The national id itself is not kept, only its
/// keyed hash (the same as a recipient's), which recognises the same person in the next import and tells whether they
/// became a recipient; registering them as a recipient takes the id again.
/// </summary>
public sealed class PreventiveVisitCandidate
{
    private PreventiveVisitCandidate()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public string NationalIdHash { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }
    public string Street { get; private set; } = "";
    public string PostalCode { get; private set; } = "";
    public string City { get; private set; } = "";
    public PreventiveVisitStatus Status { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }

    public static PreventiveVisitCandidate From(string municipalityId, PopulationRegisterRow row, string nationalIdHash, DateTimeOffset now)
    {
        var candidate = new PreventiveVisitCandidate
        {
            Id = Guid.CreateVersion7(now),
            MunicipalityId = municipalityId,
            NationalIdHash = nationalIdHash,
            Status = PreventiveVisitStatus.NotContacted,
        };
        candidate.Refresh(row, now);
        return candidate;
    }

    /// <summary>Replaces a hash an earlier release made without a key, once the import has recognised the person by it.</summary>
    public void Rehash(string nationalIdHash) => NationalIdHash = nationalIdHash;

    /// <summary>A later export updates name and address; the visit status stays.</summary>
    public void Refresh(PopulationRegisterRow row, DateTimeOffset now)
    {
        Name = row.Name;
        BirthDate = row.BirthDate;
        Street = row.Street;
        PostalCode = row.PostalCode;
        City = row.City;
        ImportedAt = now;
    }
}
