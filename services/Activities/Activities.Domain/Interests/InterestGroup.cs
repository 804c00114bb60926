namespace CareServices.Activities.Domain.Interests;

public enum InterestGroup
{
    Outdoors,
    Culture,
    Music,
    Faith,
    Crafts,
    Food,
    Social,
    Sport,
    Learning,
    Animals,
}
