namespace CareServices.Assessment.Domain.Legal;

/// <summary>
/// How the law sees a service line. Sweden and Denmark grant personal care and practical help under their
/// social-services laws and only health care proper (nursing, medication, wound care) under their health laws;
/// Norway grants all of them under one law but cites different letters of the same paragraph.
/// </summary>
public enum LegalCategory
{
    /// <summary>Nursing, medication, wound care, training and aids: health care proper.</summary>
    HealthCare,

    /// <summary>Personal care, showering, meals and supervisory visits.</summary>
    PersonalCare,

    /// <summary>Cleaning, laundry, bed change, shopping, escort and social activity.</summary>
    PracticalAssistance,
}
