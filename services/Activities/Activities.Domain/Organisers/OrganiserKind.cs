namespace CareServices.Activities.Domain.Organisers;

/// <summary>Who arranges activities for elderly people at home in a Norwegian municipality.</summary>
public enum OrganiserKind
{
    VolunteerCentre,
    Association,
    Church,
    School,
    Kindergarten,
    CultureSchool,
    HomeService,
    Other,
}
