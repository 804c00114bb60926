namespace CareServices.Assessment.Domain.Catalogue;

/// <summary>The professional competence a service line needs (DOMAIN.md's CareWorker kinds).</summary>
public enum Competence
{
    HealthWorker,
    Nurse,
    HomeHelper,
    Physiotherapist,
    OccupationalTherapist,
}
